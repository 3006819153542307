import { apiTokensModule } from "./api-tokens/index";
import { auditModule } from "./audit/index";
import { briefsModule } from "./briefs/index";
import { calendarModule } from "./calendar/index";
import { decisionsModule } from "./decisions/index";
import { exportModule } from "./export/index";
import { jobsModule } from "./jobs/index";
import { meetingsModule } from "./meetings/index";
import { nudgesModule } from "./nudges/index";
import { organizationsModule } from "./organizations/index";
import { procurementModule } from "./procurement/index";
import { regwatchModule } from "./regwatch/index";
import { reviewModule } from "./review/index";
import { speechModule } from "./speech/index";
import { stakeholdersModule } from "./stakeholders/index";
import { transcriptsModule } from "./transcripts/index";

/**
 * Every domain module, one line each. The composition root derives entities, resolvers, shield
 * rules, `node(id)` types and jobs from this list (see registry.ts); a module not listed here does
 * not exist for the server.
 */
export const MODULES = [
  organizationsModule,
  apiTokensModule,
  auditModule,
  meetingsModule,
  stakeholdersModule,
  decisionsModule,
  briefsModule,
  transcriptsModule,
  speechModule,
  procurementModule,
  jobsModule,
  nudgesModule,
  calendarModule,
  regwatchModule,
  exportModule,
  reviewModule,
] as const;
