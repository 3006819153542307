import type { EntityName } from "@mikro-orm/postgresql";
import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { GraphQLContext } from "../../platform/context";
import { requirePrincipal } from "../../platform/context";
import { fromGlobalId } from "../../platform/ids";
import { Organization } from "../organizations/organization.entity";
import { User } from "../organizations/user.entity";
import { Meeting } from "../meetings/meeting.entity";
import { Participant } from "../meetings/participant.entity";
import { Stakeholder } from "../stakeholders/stakeholder.entity";
import { Decision } from "../decisions/decision.entity";
import { ActionItem } from "../decisions/action-item.entity";
import { Brief } from "../briefs/brief.entity";
import { ApiToken } from "../api-tokens/api-token.entity";
import { ProcurementScenario } from "../procurement/procurement-scenario.entity";
import { Transcript } from "../transcripts/transcript.entity";
import { ExtractionRun } from "../transcripts/extraction-run.entity";
import { Node } from "./node.interface";

const NODE_TYPES: Record<string, EntityName<object>> = {
  User,
  Meeting,
  Participant,
  Stakeholder,
  Decision,
  ActionItem,
  Brief,
  SavedProcurementScenario: ProcurementScenario,
  Transcript,
  ExtractionRun,
};

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: "Any object by its global id; null when it does not exist or is not yours." })
  async node(@Arg("id", () => ID, { description: "A global id." }) id: string, @Ctx() ctx: GraphQLContext): Promise<object | null> {
    const parsed = fromGlobalId(id);
    if (!parsed) return null;
    const principal = requirePrincipal(ctx);
    // Organizations are not tenant-filtered: only your own is reachable.
    if (parsed.type === "Organization") {
      return parsed.id === principal.orgId ? ctx.em().findOne(Organization, { id: parsed.id }) : null;
    }
    // API tokens are admin business; through `node` they stay invisible like any unknown id.
    if (parsed.type === "ApiToken") return principal.role === "ADMIN" ? ctx.em().findOne(ApiToken, { id: parsed.id }) : null;
    const entity = NODE_TYPES[parsed.type];
    return entity ? ctx.em().findOne(entity, { id: parsed.id }) : null;
  }
}
