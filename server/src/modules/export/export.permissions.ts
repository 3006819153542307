import { fields, isViewer } from "../../platform/authz";

/**
 * Whoever may read the objects may export them: every field an export carries (titles, texts,
 * evidence quotes, owners' names) is a VIEWER field of its own type; e-mail addresses and
 * stakeholders' contact details, which are not, are never exported.
 */
export const exportPermissions = {
  Query: fields(["briefExport", "decisionsExport", "actionItemsExport"], isViewer),
  ExportFile: fields(["fileName", "contentType", "contentDisposition", "byteLength", "base64"], isViewer),
};
