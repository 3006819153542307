import { allow, fields, isAdmin, isEditor, isViewer } from "../../platform/authz";

export const reviewPermissions = {
  Query: { reviewPrecision: isEditor, reviewSettings: isEditor },
  Mutation: { reviewSuggestion: isEditor, updateReviewSettings: isAdmin },
  Decision: { reviewedBy: isViewer },
  ActionItem: { reviewedBy: isViewer },
  ReviewSuggestionPayload: fields(["decision", "actionItem"], allow),
  ReviewSettings: fields(["suggestionThreshold", "updatedAt"], isEditor),
  ReviewSettingsPayload: fields(["reviewSettings"], allow),
  ReviewPrecisionWeek: fields(["weekStart", "accepted", "edited", "rejected", "reviewed", "precision"], isEditor),
};
