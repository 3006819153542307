import { z } from "zod";
import { globalIdOf } from "../../platform/validation";
import { actionItemFilterSchema } from "../decisions/decision.inputs";
import { ExportFormat } from "./export.objects";

export const briefExportSchema = z.object({ id: globalIdOf("Brief"), format: z.enum(ExportFormat) });
export const decisionsExportSchema = z.object({ meetingId: globalIdOf("Meeting"), format: z.enum(ExportFormat) });
export const actionItemsExportSchema = z.object({ filter: actionItemFilterSchema });
