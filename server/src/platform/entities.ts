import { BaseEntity, TenantEntity } from "./base.entity";
import { Organization } from "../modules/organizations/organization.entity";
import { User } from "../modules/organizations/user.entity";
import { Meeting } from "../modules/meetings/meeting.entity";
import { Participant } from "../modules/meetings/participant.entity";
import { Stakeholder } from "../modules/stakeholders/stakeholder.entity";
import { ExtractedEntity } from "../modules/decisions/evidence";
import { Decision } from "../modules/decisions/decision.entity";
import { ActionItem } from "../modules/decisions/action-item.entity";
import { Brief } from "../modules/briefs/brief.entity";
import { ApiToken } from "../modules/api-tokens/api-token.entity";
import { ProcurementScenario } from "../modules/procurement/procurement-scenario.entity";
import { Transcript } from "../modules/transcripts/transcript.entity";
import { ExtractionRun } from "../modules/transcripts/extraction-run.entity";
import { AuditEvent } from "../modules/audit/audit-event.entity";

/** Every entity, for the ORM. Tenant entities are scoped by the `tenant` filter. */
export const ENTITIES = [BaseEntity, TenantEntity, ExtractedEntity, Organization, User, Meeting, Participant, Stakeholder, Decision, ActionItem, Brief, ApiToken, ProcurementScenario, Transcript, ExtractionRun, AuditEvent];
export const TENANT_ENTITY_NAMES = ["User", "Meeting", "Participant", "Stakeholder", "Decision", "ActionItem", "Brief", "ApiToken", "ProcurementScenario", "Transcript", "ExtractionRun", "AuditEvent"];
