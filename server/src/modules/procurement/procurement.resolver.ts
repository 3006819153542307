import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { GraphQLContext } from "../../platform/context";
import { requirePrincipal } from "../../platform/context";
import { parseInput } from "../../platform/errors";
import { idOf, toGlobalId } from "../../platform/ids";
import { Connection, parsePage, toConnection } from "../../platform/pagination";
import { User } from "../../platform/identity/user.entity";
import { canEdit } from "../../platform/authz";
import { ProcurementScenario } from "./procurement-scenario.entity";
import { ProcurementScenarioService, resultOf } from "./procurement-scenario.service";
import {
  CreateProcurementScenarioInput,
  DeleteProcurementScenarioInput,
  DeleteProcurementScenarioPayload,
  ProcurementScenarioComparison,
  ProcurementScenarioPayload,
  UpdateProcurementScenarioInput,
  compareProcurementScenariosSchema,
  createProcurementScenarioSchema,
  deleteProcurementScenarioSchema,
  updateProcurementScenarioSchema,
} from "./procurement-scenario.inputs";
import { ProcurementScenarioInput } from "./procurement.inputs";
import { procurementScenarioInputSchema, toGraphQLScenario } from "./procurement.mapping";
import { ProcurementResult, ProcurementScenario as ScenarioObject } from "./procurement.objects";
import { simulateProcurement, type ProcurementResult as EngineResult } from "./procurement.api";

export const SavedProcurementScenarioConnection = Connection(ProcurementScenario, "SavedProcurementScenario");

const service = (ctx: GraphQLContext) => new ProcurementScenarioService(ctx.em(), requirePrincipal(ctx));

@Resolver()
export class ProcurementSimulationResolver {
  @Query(() => ProcurementResult, {
    description: "Simulate a procurement under LOU/LUF: regime, time limits, ranking and sensitivity. Pure: nothing is stored. Decision support, not legal advice.",
  })
  simulateProcurement(
    @Arg("input", () => ProcurementScenarioInput, { description: "The scenario." }) input: ProcurementScenarioInput,
  ): EngineResult {
    return simulateProcurement(parseInput(procurementScenarioInputSchema, input));
  }
}

@Resolver(() => ProcurementScenario)
export class SavedProcurementScenarioResolver {
  @Query(() => ProcurementScenario, { nullable: true, description: "A saved scenario by id; null when it does not exist or is not yours." })
  async procurementScenario(
    @Arg("id", () => ID, { description: "The saved scenario's global id." }) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ProcurementScenario | null> {
    const uuid = idOf("SavedProcurementScenario", id);
    return uuid ? service(ctx).find(uuid) : null;
  }

  @Query(() => SavedProcurementScenarioConnection, { description: "The organisation's saved procurement scenarios, most recently changed first." })
  async procurementScenarios(
    @Arg("first", () => Int, { description: "Page size, 1–100." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after." }) after: string | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    const page = parsePage({ first, after });
    const { items, total } = await service(ctx).list(page);
    return toConnection(items, total, page);
  }

  @Query(() => ProcurementScenarioComparison, { description: "Two saved scenarios side by side: both results and where they differ." })
  compareProcurementScenarios(
    @Arg("aId", () => ID, { description: "The first saved scenario." }) aId: string,
    @Arg("bId", () => ID, { description: "The second saved scenario." }) bId: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return service(ctx).compare(parseInput(compareProcurementScenariosSchema, { aId, bId }, "args"));
  }

  @FieldResolver(() => ScenarioObject, { description: "The scenario, as saved." })
  scenario(@Root() saved: ProcurementScenario): ScenarioObject {
    return toGraphQLScenario(saved.scenario);
  }

  @FieldResolver(() => ProcurementResult, { description: "The simulator's result, computed on read with the current rules table." })
  result(@Root() saved: ProcurementScenario): EngineResult {
    return resultOf(saved);
  }

  @FieldResolver(() => User, { nullable: true, description: "Who saved it; null when that user is gone." })
  createdBy(@Root() saved: ProcurementScenario, @Ctx() ctx: GraphQLContext): Promise<User | null> | null {
    return saved.createdBy ? ctx.em().findOne(User, { id: saved.createdBy.id }) : null;
  }

  @FieldResolver(() => Boolean, { description: "Whether the viewer may change or delete it." })
  viewerCanEdit(@Ctx() ctx: GraphQLContext): boolean {
    return canEdit(ctx);
  }

  @Mutation(() => ProcurementScenarioPayload, { description: "Save a procurement scenario for the organisation." })
  async createProcurementScenario(
    @Arg("input", () => CreateProcurementScenarioInput, { description: "The name and the scenario." }) input: CreateProcurementScenarioInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return { procurementScenario: await service(ctx).create(parseInput(createProcurementScenarioSchema, input)) };
  }

  @Mutation(() => ProcurementScenarioPayload, { description: "Rename a saved scenario or replace its scenario." })
  async updateProcurementScenario(
    @Arg("input", () => UpdateProcurementScenarioInput, { description: "Which scenario and what changes." }) input: UpdateProcurementScenarioInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return { procurementScenario: await service(ctx).update(parseInput(updateProcurementScenarioSchema, input)) };
  }

  @Mutation(() => DeleteProcurementScenarioPayload, { description: "Delete a saved scenario." })
  async deleteProcurementScenario(
    @Arg("input", () => DeleteProcurementScenarioInput, { description: "Which scenario." }) input: DeleteProcurementScenarioInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const { id } = parseInput(deleteProcurementScenarioSchema, input);
    const deleted = await service(ctx).delete(id);
    return { deletedProcurementScenarioId: toGlobalId("SavedProcurementScenario", deleted) };
  }
}
