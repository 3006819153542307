import "reflect-metadata";
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { applyMiddleware } from "graphql-middleware";
import type { IRules } from "graphql-shield";
import { buildSchema } from "type-graphql";
import type { Logger } from "pino";
import { buildShield } from "./platform/authz";
import type { AppPubSub } from "./platform/pubsub";
import { NodeResolver } from "./modules/node/node.resolver";
import { nodePermissions } from "./modules/node/node.permissions";
import { OrganizationResolver } from "./modules/organizations/organization.resolver";
import { organizationPermissions } from "./modules/organizations/organization.permissions";
import { MeetingResolver, ParticipantResolver } from "./modules/meetings/meeting.resolver";
import { meetingPermissions } from "./modules/meetings/meeting.permissions";
import { StakeholderResolver } from "./modules/stakeholders/stakeholder.resolver";
import { stakeholderPermissions } from "./modules/stakeholders/stakeholder.permissions";
import { ActionItemResolver, DecisionResolver, MeetingItemsResolver } from "./modules/decisions/decision.resolver";
import { decisionPermissions } from "./modules/decisions/decision.permissions";
import { MeetingBriefsResolver } from "./modules/briefs/brief.resolver";
import { briefPermissions } from "./modules/briefs/brief.permissions";
import { ExtractionRunResolver, MeetingTranscriptResolver, TranscriptResolver } from "./modules/transcripts/transcript.resolver";
import { transcriptPermissions } from "./modules/transcripts/transcript.permissions";
import { ApiTokenResolver } from "./modules/api-tokens/api-token.resolver";
import { apiTokenPermissions } from "./modules/api-tokens/api-token.permissions";
import { ProcurementSimulationResolver, SavedProcurementScenarioResolver } from "./modules/procurement/procurement.resolver";
import { procurementPermissions } from "./modules/procurement/procurement.permissions";

const RESOLVERS = [
  NodeResolver,
  OrganizationResolver,
  MeetingResolver,
  ParticipantResolver,
  StakeholderResolver,
  MeetingItemsResolver,
  DecisionResolver,
  ActionItemResolver,
  MeetingBriefsResolver,
  MeetingTranscriptResolver,
  TranscriptResolver,
  ExtractionRunResolver,
  ApiTokenResolver,
  ProcurementSimulationResolver, SavedProcurementScenarioResolver,
] as const;

/** Every module's field rules, merged per type. A field missing here is denied (and fails a test). */
export const PERMISSIONS: IRules = mergeRules([
  nodePermissions,
  organizationPermissions,
  meetingPermissions,
  stakeholderPermissions,
  decisionPermissions,
  briefPermissions,
  transcriptPermissions,
  apiTokenPermissions,
  procurementPermissions,
]);

function mergeRules(parts: Record<string, Record<string, unknown>>[]): IRules {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const part of parts) {
    for (const [type, rules] of Object.entries(part)) {
      for (const field of Object.keys(rules)) {
        if (merged[type]?.[field]) throw new Error(`Duplicate shield rule for ${type}.${field}`);
      }
      merged[type] = { ...merged[type], ...rules };
    }
  }
  return merged as IRules;
}

/** The schema without authorization: for emitting SDL and for the rule-coverage test. */
export async function buildBareSchema(pubSub: AppPubSub): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [...RESOLVERS],
    pubSub,
    validate: false,
    emitSchemaFile: false,
  });
}

export async function buildAppSchema(pubSub: AppPubSub, logger: Logger): Promise<GraphQLSchema> {
  const bare = await buildBareSchema(pubSub);
  return applyMiddleware(bare, buildShield(PERMISSIONS, logger));
}

export function printSdl(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
