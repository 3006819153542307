import { rule } from "graphql-shield";
import { allow, fields, identityRule, isAdmin, isViewer } from "../../platform/authz";
import type { GraphQLContext } from "../../platform/context";
import { unauthenticated } from "../../platform/errors";
import { connectionRules } from "../../platform/pagination";

/**
 * A person's own feed: answered per user (the resolvers read only the principal's own rows), and
 * marked as depending on identity so the live fan-out keeps one source and view per user.
 */
const ownFeed = identityRule(rule("nudges:ownFeed", { cache: "contextual" })((_p, _a, ctx: GraphQLContext) => (ctx.principal ? true : unauthenticated())));

export const nudgePermissions = {
  Query: { nudges: ownFeed, nudgeSettings: isAdmin, notificationPreferences: ownFeed },
  Mutation: {
    ...fields(["markNudgeRead", "markAllNudgesRead", "completeNudge", "snoozeNudge", "blockNudge", "reassignNudge", "updateNotificationPreferences"], ownFeed),
    unblockActionItem: isViewer,
    updateNudgeSettings: isAdmin,
  },
  Subscription: { nudges: ownFeed },
  Nudge: fields(["id", "kind", "windowHours", "actionItem", "readAt", "answeredAt", "deliverAfter", "deliveries", "createdAt", "updatedAt"], ownFeed),
  NudgeDelivery: fields(["id", "channel", "status", "attempts", "sentAt", "errorCode", "createdAt", "updatedAt"], ownFeed),
  NudgeSettings: fields(["stalledHours", "quietStart", "quietEnd", "dueSoon", "overdue", "escalate"], isAdmin),
  NotificationPreferences: fields(["email", "emailAvailable", "slackConfigured", "teamsConfigured", "quietStart", "quietEnd", "ownQuietHours"], ownFeed),
  NudgePayload: fields(["nudge", "actionItem"], allow),
  MarkAllNudgesReadPayload: fields(["marked"], allow),
  UnblockActionItemPayload: fields(["actionItem"], allow),
  ActionItem: { blocked: isViewer },
  ActionItemBlock: fields(["reason", "blockedAt"], isViewer),
  ...connectionRules("Nudge"),
};
