import { Entity, ManyToOne, Property } from "@mikro-orm/core";
import { Field, GraphQLISODateTime, ObjectType, registerEnumType } from "type-graphql";
import { TenantEntity } from "../base.entity";
import { Node } from "../node.interface";
import { User } from "./user.entity";

export enum ApiTokenScope {
  READ = "READ",
  WRITE = "WRITE",
}
registerEnumType(ApiTokenScope, { name: "ApiTokenScope", description: "READ acts as a viewer; WRITE as an editor." });

@Entity({ tableName: "api_tokens" })
@ObjectType({ implements: Node, description: "An integrator API token. The secret is shown once at creation and stored only as a hash." })
export class ApiToken extends TenantEntity<"scopes"> {
  get typename(): string {
    return "ApiToken";
  }

  @Field(() => String, { description: "A label chosen by the admin." })
  @Property({ type: "string", length: 200 })
  label!: string;

  @Field(() => String, { description: "The token's first characters, to recognise it." })
  @Property({ type: "string", length: 20 })
  prefix!: string;

  /** sha256 of the whole token, hex. The token itself is never stored. */
  @Property({ type: "string", length: 64, unique: true })
  tokenHash!: string;

  @Field(() => [ApiTokenScope], { description: "What the token may do." })
  @Property({ type: "json" })
  scopes: ApiTokenScope[] = [ApiTokenScope.READ];

  @Field(() => GraphQLISODateTime, { description: "When the token stops working." })
  @Property({ type: "datetime" })
  expiresAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: "When the token was revoked." })
  @Property({ type: "datetime", nullable: true })
  revokedAt?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: "When the token was last used." })
  @Property({ type: "datetime", nullable: true })
  lastUsedAt?: Date | null;

  @ManyToOne({ entity: () => User, deleteRule: "cascade" })
  createdBy!: User;
}
