import { Entity, Index, Enum, ManyToOne, Property, Unique } from "@mikro-orm/core";
import { Field, GraphQLISODateTime, ObjectType, registerEnumType } from "type-graphql";
import { TenantEntity } from "../../platform/base.entity";
import { Node } from "../../platform/node.interface";
import { Meeting } from "./meeting.entity";
import { Stakeholder } from "../stakeholders/stakeholder.entity";
import { User } from "../../platform/identity/user.entity";

export enum ConsentStatus {
  PENDING = "PENDING",
  GRANTED = "GRANTED",
  DECLINED = "DECLINED",
}
registerEnumType(ConsentStatus, {
  name: "ConsentStatus",
  description: "A participant's consent to recording and AI processing of the meeting.",
});

@Entity({ tableName: "participants" })
@Index({ properties: ["organization", "meeting", "createdAt", "id"] })
// meetings(filter: { participant }): which of the organisation's meetings a stakeholder takes part in.
@Index({ properties: ["organization", "stakeholder", "meeting"] })
@Unique({ properties: ["meeting", "stakeholder"] })
@ObjectType({ implements: Node, description: "A stakeholder's participation in a meeting, with their consent." })
export class Participant extends TenantEntity<"consent"> {
  get typename(): string {
    return "Participant";
  }

  @Index()
  @ManyToOne({ entity: () => Meeting, deleteRule: "cascade" })
  meeting!: Meeting;

  @ManyToOne({ entity: () => Stakeholder, deleteRule: "cascade" })
  stakeholder!: Stakeholder;

  @Field(() => String, { nullable: true, description: "Role in the meeting (chair, secretary, …)." })
  @Property({ type: "string", length: 100, nullable: true })
  role?: string | null;

  @Field(() => ConsentStatus, { description: "Consent to recording and AI processing." })
  @Enum({ items: () => ConsentStatus, nativeEnumName: "consent_status" })
  consent: ConsentStatus = ConsentStatus.PENDING;

  @Field(() => GraphQLISODateTime, { nullable: true, description: "When consent last changed." })
  @Property({ type: "datetime", nullable: true })
  consentUpdatedAt?: Date | null;

  /** Who recorded the consent: the user (for an integrator token, the token's user). */
  @ManyToOne({ entity: () => User, nullable: true, deleteRule: "set null" })
  consentUpdatedBy?: User | null;

  /** The integrator token that recorded the consent, when it was one (a plain id: it outlives the token). */
  @Property({ type: "uuid", nullable: true })
  consentUpdatedByTokenId?: string | null;
}
