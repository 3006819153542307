import { Entity, Enum, Index, Property, Unique } from "@mikro-orm/core";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { TenantEntity } from "../base.entity";
import { Node } from "../node.interface";

export enum Role {
  VIEWER = "VIEWER",
  EDITOR = "EDITOR",
  ADMIN = "ADMIN",
}
registerEnumType(Role, {
  name: "Role",
  description: "What a user may do in their organisation.",
  valuesConfig: {
    VIEWER: { description: "Reads meetings, decisions, action items and stakeholder names." },
    EDITOR: { description: "Also writes meetings, decisions, action items and stakeholders." },
    ADMIN: { description: "Also manages users and integrator API tokens." },
  },
});

export const ROLE_RANK: Record<Role, number> = { VIEWER: 1, EDITOR: 2, ADMIN: 3 };

@Entity({ tableName: "users" })
@Unique({ properties: ["organization", "email"] })
@Index({ properties: ["organization", "name", "id"] })
@ObjectType({ implements: Node, description: "A person who signs in to Postboxen." })
export class User extends TenantEntity<"role" | "active"> {
  get typename(): string {
    return "User";
  }

  @Field(() => String, { description: "Full name." })
  @Property({ type: "string", length: 200 })
  name!: string;

  @Field(() => String, { nullable: true, description: "E-mail address. Visible to the user themself and to admins." })
  @Property({ type: "string", length: 320 })
  email!: string;

  @Field(() => Role, { description: "The user's role in the organisation." })
  @Enum({ items: () => Role, nativeEnumName: "user_role" })
  role: Role = Role.VIEWER;

  /** The OIDC subject (`sub`) this user signs in as, when AUTH_MODE=oidc. */
  @Index()
  @Property({ type: "string", length: 300, nullable: true })
  externalSubject?: string | null;

  @Property({ type: "boolean", default: true })
  active: boolean = true;
}
