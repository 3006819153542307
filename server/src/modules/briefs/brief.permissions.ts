import { allow, fields, isAdmin, isEditor, isViewer } from "../../platform/authz";

export const briefPermissions = {
  Query: { briefSettings: isAdmin },
  Mutation: { generatePostBrief: isEditor, generatePreBrief: isEditor, updateBriefSettings: isAdmin },
  Subscription: { briefGenerated: isViewer },
  Brief: fields(["id", "kind", "body", "version", "meeting", "createdAt", "updatedAt"], isViewer),
  BriefPayload: fields(["brief"], allow),
  BriefSettings: fields(["preBriefLeadHours", "preBriefEmail", "updatedAt"], isAdmin),
  BriefSettingsPayload: fields(["briefSettings"], allow),
};
