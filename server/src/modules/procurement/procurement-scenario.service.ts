import type { EntityManager } from "@mikro-orm/postgresql";
import type { z } from "zod";
import { conflict, notFound } from "../../platform/errors";
import type { Principal } from "../../platform/auth";
import type { Page } from "../../platform/pagination";
import { Organization } from "../../platform/identity/organization.entity";
import { User } from "../../platform/identity/user.entity";
import { ProcurementScenario } from "./procurement-scenario.entity";
import type {
  compareProcurementScenariosSchema,
  createProcurementScenarioSchema,
  updateProcurementScenarioSchema,
} from "./procurement-scenario.inputs";
import { compareResults, type ResultDifference } from "./procurement.compare";
import { parseProcurementScenario, simulateProcurement, type ProcurementResult } from "./procurement.api";

const WHAT = "SavedProcurementScenario";

/** The result of a saved scenario, computed now with the current rules table. */
export function resultOf(saved: ProcurementScenario): ProcurementResult {
  // Stored scenarios were valid when saved; re-parse so a stricter engine cannot be fed stale data.
  const parsed = parseProcurementScenario(saved.scenario);
  if (!parsed.ok) {
    const first = parsed.problems[0];
    throw conflict(`The saved scenario is no longer valid${first ? ` at ${first.path || "scenario"}: ${first.message}` : ""}; update it.`);
  }
  return simulateProcurement(parsed.scenario);
}

export interface ScenarioComparison {
  a: ProcurementScenario;
  b: ProcurementScenario;
  aResult: ProcurementResult;
  bResult: ProcurementResult;
  differences: ResultDifference[];
}

/** Saved procurement scenarios. Every method runs on an organisation-scoped entity manager. */
export class ProcurementScenarioService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
  ) {}

  /** Another organisation's scenario is NOT_FOUND exactly like a missing one. */
  async get(id: string): Promise<ProcurementScenario> {
    const saved = await this.em.findOne(ProcurementScenario, { id });
    if (!saved) throw notFound(WHAT);
    return saved;
  }

  async find(id: string): Promise<ProcurementScenario | null> {
    return this.em.findOne(ProcurementScenario, { id });
  }

  /** Most recently changed first. */
  async list(page: Page) {
    const [items, total] = await this.em.findAndCount(
      ProcurementScenario,
      {},
      { orderBy: { updatedAt: "desc", id: "asc" }, limit: page.limit, offset: page.offset },
    );
    return { items, total };
  }

  async create(input: z.infer<typeof createProcurementScenarioSchema>): Promise<ProcurementScenario> {
    const saved = this.em.create(ProcurementScenario, {
      organization: this.em.getReference(Organization, this.principal.orgId),
      createdBy: this.em.getReference(User, this.principal.userId),
      name: input.name,
      scenario: input.scenario,
    });
    await this.em.flush();
    return saved;
  }

  async update(input: z.infer<typeof updateProcurementScenarioSchema>): Promise<ProcurementScenario> {
    const saved = await this.get(input.id);
    if (input.name != null) saved.name = input.name;
    if (input.scenario != null) saved.scenario = input.scenario;
    await this.em.flush();
    return saved;
  }

  async delete(id: string): Promise<string> {
    const saved = await this.get(id);
    await this.em.remove(saved).flush();
    return id;
  }

  async compare(input: z.infer<typeof compareProcurementScenariosSchema>): Promise<ScenarioComparison> {
    const a = await this.get(input.aId);
    const b = input.bId === input.aId ? a : await this.get(input.bId);
    const aResult = resultOf(a);
    const bResult = b === a ? aResult : resultOf(b);
    return { a, b, aResult, bResult, differences: compareResults(aResult, bResult) };
  }
}
