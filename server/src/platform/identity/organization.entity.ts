import { randomUUID } from "node:crypto";
import { Entity, OptionalProps, PrimaryKey, Property } from "@mikro-orm/core";
import { Field, GraphQLISODateTime, ID, ObjectType } from "type-graphql";
import { toGlobalId } from "../ids";
import { Node } from "../node.interface";

@Entity({ tableName: "organizations" })
@ObjectType({ implements: Node, description: "An organisation (tenant): a municipality, agency or newsroom. Nobody sees another organisation's data." })
export class Organization {
  [OptionalProps]?: "createdAt" | "typename" | "globalId";

  @PrimaryKey({ type: "uuid" })
  id: string = randomUUID();

  @Field(() => String, { description: "The organisation's name." })
  @Property({ type: "string", length: 200 })
  name!: string;

  @Property({ type: "string", length: 100, unique: true })
  slug!: string;

  @Field(() => GraphQLISODateTime, { description: "When the organisation was created." })
  @Property({ type: "datetime", defaultRaw: "now()" })
  createdAt: Date = new Date();

  get typename(): string {
    return "Organization";
  }

  @Field(() => ID, { name: "id", description: "Opaque global id." })
  get globalId(): string {
    return toGlobalId("Organization", this.id);
  }
}
