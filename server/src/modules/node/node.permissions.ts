import { isViewer } from "../../platform/authz";

export const nodePermissions = { Query: { node: isViewer } };
