import { allow, fields, isEditor, isViewer } from "../../platform/authz";
import { connectionRules } from "../../platform/pagination";

export const decisionPermissions = {
  Query: { actionItems: isViewer, actionItemTrend: isViewer },
  Mutation: fields(
    ["createDecision", "updateDecision", "createActionItem", "updateActionItem", "assignActionItem", "completeActionItem", "cancelActionItem", "reopenActionItem"],
    isEditor,
  ),
  Subscription: { actionItemChanged: isViewer },
  Decision: fields(["id", "text", "decidedAt", "meeting", "evidence", "source", "confidence", "editedByHuman", "reviewState", "reviewedAt", "createdAt", "updatedAt"], isViewer),
  ActionItem: fields(
    [
      "id",
      "title",
      "owner",
      "ownerName",
      "dueDate",
      "status",
      "completedAt",
      "isOverdue",
      "meeting",
      "viewerCanEdit",
      "evidence",
      "source",
      "confidence",
      "editedByHuman",
      "reviewState",
      "reviewedAt",
      "createdAt",
      "updatedAt",
    ],
    isViewer,
  ),
  ActionItemTrendPoint: fields(["date", "open", "done", "overdue"], isViewer),
  Evidence: fields(["quote", "segment", "startMs"], isViewer),
  DecisionPayload: fields(["decision"], allow),
  ActionItemPayload: fields(["actionItem"], allow),
  ...connectionRules("Decision"),
  ...connectionRules("ActionItem"),
};
