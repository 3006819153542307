import { allow, fields, isEditor, isViewer } from "../../platform/authz";

export const briefPermissions = {
  Mutation: { generatePostBrief: isEditor },
  Brief: fields(["id", "kind", "body", "version", "createdAt", "updatedAt"], isViewer),
  BriefPayload: fields(["brief"], allow),
};
