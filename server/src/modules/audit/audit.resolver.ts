import { Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { GraphQLContext } from "../../platform/context";
import { parseInput } from "../../platform/errors";
import { toGlobalId } from "../../platform/ids";
import { User } from "../../platform/identity/user.entity";
import { Connection, parsePage, toConnection } from "../../platform/pagination";
import { AuditActorKind, AuditEvent } from "./audit-event.entity";
import { AuditEventArgs, auditEventFilterSchema } from "./audit.inputs";
import { AuditService } from "./audit.service";

export const AuditEventConnection = Connection(AuditEvent, "AuditEvent");

/** Object types whose ids an audit event may name; anything else is answered without a target id. */
const TARGET_TYPES = new Set(["Meeting", "Participant", "Transcript", "ExtractionRun", "DeadLetter", "User"]);

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Query(() => AuditEventConnection, { description: "The organisation's audit trail, newest first: who did what, when (ids and kinds, never content). Admins only." })
  async auditEvents(@Args(() => AuditEventArgs) args: AuditEventArgs, @Ctx() ctx: GraphQLContext) {
    const page = parsePage(args);
    const filter = parseInput(auditEventFilterSchema, args.filter, "filter");
    const { items, total } = await new AuditService(ctx.em()).list(filter, page);
    return toConnection(items, total, page);
  }

  @FieldResolver(() => AuditActorKind, { description: "Who acted: a person, an API token, or the system (a job)." })
  actorKind(@Root() event: AuditEvent): AuditActorKind {
    if (event.actorTokenId) return AuditActorKind.API_TOKEN;
    return event.actorUserId ? AuditActorKind.USER : AuditActorKind.SYSTEM;
  }

  @FieldResolver(() => User, { nullable: true, description: "The person who acted (for an API token: the admin who created it). Null for the system." })
  actor(@Root() event: AuditEvent, @Ctx() ctx: GraphQLContext): Promise<User | null> | null {
    return event.actorUserId ? ctx.loaders.load(User, event.actorUserId) : null;
  }

  @FieldResolver(() => ID, { nullable: true, description: "The API token that acted, when one did (the token may since have been revoked)." })
  apiTokenId(@Root() event: AuditEvent): string | null {
    return event.actorTokenId ? toGlobalId("ApiToken", event.actorTokenId) : null;
  }

  @FieldResolver(() => ID, { nullable: true, description: "The meeting concerned, when there is one (it may since have been deleted)." })
  meetingId(@Root() event: AuditEvent): string | null {
    return event.meetingId ? toGlobalId("Meeting", event.meetingId) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: "The type of the object acted on (Meeting, Participant, Transcript, ExtractionRun, DeadLetter, User)." })
  targetType(@Root() event: AuditEvent): string | null {
    return event.targetType && TARGET_TYPES.has(event.targetType) ? event.targetType : null;
  }

  @FieldResolver(() => ID, { nullable: true, description: "The global id of the object acted on; it may no longer exist." })
  targetId(@Root() event: AuditEvent): string | null {
    return event.targetType && event.targetId && TARGET_TYPES.has(event.targetType) ? toGlobalId(event.targetType, event.targetId) : null;
  }
}
