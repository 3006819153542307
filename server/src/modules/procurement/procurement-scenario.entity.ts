import { Entity, Index, ManyToOne, Property } from "@mikro-orm/core";
import { Field, ObjectType } from "type-graphql";
import { TenantEntity } from "../../platform/base.entity";
import { Node } from "../../platform/node.interface";
import { User } from "../../platform/identity/user.entity";
import type { ProcurementScenario as EngineScenario } from "./procurement.types";

/**
 * A procurement scenario an organisation keeps, to rerun and compare. The scenario is stored in
 * the engine's own (validated) JSON shape, the one the CLI reads; the result is never stored but
 * computed on read, so it always reflects the current rules table.
 */
@Entity({ tableName: "procurement_scenarios" })
@Index({ properties: ["organization", "updatedAt"] })
@ObjectType("SavedProcurementScenario", {
  implements: Node,
  description: "A procurement scenario saved by the organisation; its result is computed when read.",
})
export class ProcurementScenario extends TenantEntity {
  get typename(): string {
    return "SavedProcurementScenario";
  }

  @Field(() => String, { description: "A name chosen by the user, 1–200 characters." })
  @Property({ type: "string", length: 200 })
  name!: string;

  @Property({ type: "json" })
  scenario!: EngineScenario;

  /** Kept when the author is removed: the scenario belongs to the organisation. */
  @ManyToOne({ entity: () => User, nullable: true, deleteRule: "set null" })
  createdBy?: User | null;
}
