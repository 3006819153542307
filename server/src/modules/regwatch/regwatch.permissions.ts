import { allow, fields, isAdmin, isEditor, isViewer } from "../../platform/authz";
import { connectionRules } from "../../platform/pagination";

/**
 * Viewers read alerts, items, versions and topics; editors triage alerts; admins manage sources
 * and topics. A source's address, schedule and health are admins' (an address may carry a key);
 * its name and kind are everyone's (alerts say where they came from).
 */
export const regwatchPermissions = {
  Query: { regwatchSources: isAdmin, regwatchTopics: isViewer, regwatchAlerts: isViewer },
  Mutation: {
    ...fields(["createRegwatchSource", "updateRegwatchSource", "deleteRegwatchSource", "pollRegwatchSource", "createRegwatchTopic", "updateRegwatchTopic", "deleteRegwatchTopic"], isAdmin),
    ...fields(["acknowledgeRegwatchAlert", "dismissRegwatchAlert", "assignRegwatchAlert"], isEditor),
  },
  Subscription: { regwatchAlerts: isViewer },
  RegwatchSource: {
    ...fields(["id", "name", "kind", "systemWide", "viewerCanManage", "createdAt", "updatedAt"], isViewer),
    ...fields(["url", "selector", "intervalMinutes", "timeoutSeconds", "enabled", "healthy", "lastStatus", "lastErrorCode", "consecutiveFailures", "lastPolledAt", "nextPollAt"], isAdmin),
  },
  RegwatchItem: fields(["id", "identifier", "identifierKind", "title", "url", "publishedOn", "inForceOn", "latestChangeType", "currentSeq", "lastSeenAt", "source", "versions", "createdAt", "updatedAt"], isViewer),
  RegwatchVersion: fields(
    ["id", "seq", "item", "contentHash", "title", "text", "url", "publishedOn", "inForceOn", "fetchedAt", "etag", "lastModified", "changeType", "sections", "diff", "diffSummary", "createdAt", "updatedAt"],
    isViewer,
  ),
  RegwatchSection: fields(["section", "text"], isViewer),
  RegwatchSectionDiff: fields(["section", "change", "before", "after", "words"], isViewer),
  RegwatchWordChange: fields(["value", "added", "removed"], isViewer),
  RegwatchTopic: fields(["id", "name", "query", "identifiers", "severity", "createdAt", "updatedAt"], isViewer),
  RegwatchTopicMatch: fields(["id", "name"], isViewer),
  RegwatchAlert: fields(
    [
      "id",
      "source",
      "item",
      "version",
      "identifier",
      "title",
      "link",
      "changeType",
      "publishedOn",
      "inForceOn",
      "diffSummary",
      "severity",
      "state",
      "matchedTopics",
      "matchedMeetings",
      "matchedStakeholders",
      "matchedStakeholderCount",
      "rank",
      "dismissedReason",
      "triagedAt",
      "assignedTo",
      "actionItem",
      "viewerCanTriage",
      "createdAt",
      "updatedAt",
    ],
    isViewer,
  ),
  RegwatchSourcePayload: fields(["source"], allow),
  DeleteRegwatchSourcePayload: fields(["deletedSourceId"], allow),
  RegwatchPollPayload: fields(["status", "errorCode", "newItems", "newVersions", "alerts", "source"], allow),
  RegwatchTopicPayload: fields(["topic"], allow),
  DeleteRegwatchTopicPayload: fields(["deletedTopicId"], allow),
  RegwatchAlertPayload: fields(["alert"], allow),
  ...connectionRules("RegwatchAlert"),
};
