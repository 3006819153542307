import { Entity, Index, ManyToOne, Property } from "@mikro-orm/core";
import { Field, GraphQLISODateTime, ObjectType } from "type-graphql";
import { Node } from "../../platform/node.interface";
import { Meeting } from "../meetings/meeting.entity";
import { ExtractedEntity } from "./evidence";

@Entity({ tableName: "decisions" })
@Index({ name: "decisions_organization_id_meeting_id_evidence_index", properties: ["organization", "meeting", "evidenceStartMs", "createdAt", "id"] })
@ObjectType({ implements: Node, description: "Something a meeting settled, with the words it came from." })
export class Decision extends ExtractedEntity {
  get typename(): string {
    return "Decision";
  }

  @Index()
  @ManyToOne({ entity: () => Meeting, deleteRule: "cascade" })
  meeting!: Meeting;

  @Field(() => String, { description: "The decision, as a short statement." })
  @Property({ type: "text" })
  text!: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: "When it was decided." })
  @Property({ type: "datetime", nullable: true })
  decidedAt?: Date | null;
}
