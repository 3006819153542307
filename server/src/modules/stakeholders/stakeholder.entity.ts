import { Entity, Index, Property } from "@mikro-orm/core";
import { Field, Int, ObjectType } from "type-graphql";
import { TenantEntity } from "../../platform/base.entity";
import { Node } from "../../platform/node.interface";

@Entity({ tableName: "stakeholders" })
@Index({ properties: ["organization", "name", "id"] })
@ObjectType({ implements: Node, description: "A person the organisation meets or must keep informed: a profile with influence and interest." })
export class Stakeholder extends TenantEntity {
  get typename(): string {
    return "Stakeholder";
  }

  @Field(() => String, { description: "Full name." })
  @Property({ type: "string", length: 200 })
  name!: string;

  @Field(() => String, { nullable: true, description: "Job title." })
  @Property({ type: "string", length: 200, nullable: true })
  title?: string | null;

  @Field(() => String, { name: "organization", nullable: true, description: "The organisation the stakeholder works for." })
  @Property({ type: "string", length: 200, nullable: true })
  organizationName?: string | null;

  @Field(() => String, { nullable: true, description: "E-mail address. Editors and admins only." })
  @Property({ type: "string", length: 320, nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true, description: "Phone number. Editors and admins only." })
  @Property({ type: "string", length: 50, nullable: true })
  phone?: string | null;

  @Field(() => Int, { nullable: true, description: "Influence over the organisation's matters, 1 (low) to 5 (high)." })
  @Property({ type: "smallint", nullable: true })
  influence?: number | null;

  @Field(() => Int, { nullable: true, description: "Interest in the organisation's matters, 1 (low) to 5 (high)." })
  @Property({ type: "smallint", nullable: true })
  interest?: number | null;

  @Field(() => String, { nullable: true, description: "Free-text notes. Editors and admins only." })
  @Property({ type: "text", nullable: true })
  notes?: string | null;
}
