import { Entity, Index, Enum, ManyToOne, Property, Unique } from "@mikro-orm/core";
import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { TenantEntity } from "../../platform/base.entity";
import { Node } from "../../platform/node.interface";
import { Meeting } from "../meetings/meeting.entity";

export enum BriefKind {
  PRE = "PRE",
  POST = "POST",
}
registerEnumType(BriefKind, { name: "BriefKind", description: "PRE: before the meeting; POST: after it." });

/** A meeting's briefs in the order `Meeting.briefs` gives them: by kind, newest version first. */
export const BRIEF_ORDER = `"kind" asc, "version" desc, "id" asc`;

@Entity({ tableName: "briefs" })
@Index({ properties: ["organization", "meeting", "kind", "version"] })
@Unique({ properties: ["meeting", "kind", "version"] })
@ObjectType({ implements: Node, description: "A pre- or post-meeting brief in Markdown. Each regeneration is a new version." })
export class Brief extends TenantEntity {
  get typename(): string {
    return "Brief";
  }

  @Index()
  @ManyToOne({ entity: () => Meeting, deleteRule: "cascade" })
  meeting!: Meeting;

  @Field(() => BriefKind, { description: "PRE or POST." })
  @Enum({ items: () => BriefKind, nativeEnumName: "brief_kind" })
  kind!: BriefKind;

  @Field(() => String, { description: "The brief, Markdown." })
  @Property({ type: "text" })
  body!: string;

  @Field(() => Int, { description: "Version, from 1." })
  @Property({ type: "integer" })
  version!: number;

  /** PRE: the meeting start it was written for. A moved meeting has none for its new start, so the sweep writes one. */
  @Property({ type: "datetime", nullable: true })
  forStartsAt?: Date | null;
}
