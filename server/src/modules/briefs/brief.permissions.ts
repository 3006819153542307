import { fields, isViewer } from "../../platform/authz";

export const briefPermissions = {
  Brief: fields(["id", "kind", "body", "version", "createdAt", "updatedAt"], isViewer),
};
