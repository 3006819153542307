import { defineModule } from "../../platform/module";
import { ProcurementScenario } from "./procurement-scenario.entity";
import { procurementPermissions } from "./procurement.permissions";
import { ProcurementSimulationResolver, SavedProcurementScenarioResolver } from "./procurement.resolver";

export * from "./procurement.api";

export const procurementModule = defineModule({
  key: "PROCUREMENT",
  description: "The LOU procurement simulator: simulate, save and compare scenarios.",
  entities: [ProcurementScenario],
  resolvers: [ProcurementSimulationResolver, SavedProcurementScenarioResolver],
  permissions: procurementPermissions,
  nodeTypes: { SavedProcurementScenario: { entity: ProcurementScenario } },
});
