import { randomUUID } from "node:crypto";
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from "@mikro-orm/core";
import { Field, GraphQLISODateTime, ID, ObjectType } from "type-graphql";
import { toGlobalId } from "./ids";
import { Organization } from "./identity/organization.entity";

/** Columns every row has. The GraphQL `id` is the opaque global id, never the raw uuid. */
@Entity({ abstract: true })
@ObjectType()
export abstract class BaseEntity<Optional extends string = never> {
  /** Properties with defaults or computed getters: not required by `em.create`. Subclasses add theirs through `Optional`. */
  [OptionalProps]?: "typename" | "globalId" | "createdAt" | "updatedAt" | Optional;

  @PrimaryKey({ type: "uuid" })
  id: string = randomUUID();

  @Field(() => GraphQLISODateTime, { description: "When the object was created." })
  @Property({ type: "datetime", defaultRaw: "now()" })
  createdAt: Date = new Date();

  @Field(() => GraphQLISODateTime, { description: "When the object last changed." })
  @Property({ type: "datetime", defaultRaw: "now()", onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  /** The GraphQL type name used in global ids. */
  abstract get typename(): string;

  @Field(() => ID, { name: "id", description: "Opaque global id; pass it to `node(id:)`." })
  get globalId(): string {
    return toGlobalId(this.typename, this.id);
  }
}

/**
 * Everything an organisation owns. The `tenant` filter (see platform/db.ts) is on by default for
 * these entities, so every find is scoped by organisation even when a query forgets to say so.
 */
@Entity({ abstract: true })
@ObjectType()
export abstract class TenantEntity<Optional extends string = never> extends BaseEntity<Optional> {
  @Index()
  @ManyToOne({ entity: () => Organization, deleteRule: "cascade" })
  organization!: Organization;
}
