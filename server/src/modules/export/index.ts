import { defineModule } from "../../platform/module";
import { exportPermissions } from "./export.permissions";
import { ExportResolver } from "./export.resolver";

export const exportModule = defineModule({
  key: "EXPORT",
  description: "Files for download: briefs and a meeting's decisions as Markdown or PDF, action items as CSV for Swedish Excel.",
  resolvers: [ExportResolver],
  permissions: exportPermissions,
});
