import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { GraphQLContext } from "../../platform/context";
import { requirePrincipal } from "../../platform/context";
import { parseInput } from "../../platform/errors";
import { ActionItemFilter, ActionItemOrder } from "../decisions/decision.inputs";
import { contentDisposition, type ExportedFile } from "./export.file";
import { actionItemsExportSchema, briefExportSchema, decisionsExportSchema } from "./export.inputs";
import { ExportFile, ExportFormat } from "./export.objects";
import { ExportService, claimExport } from "./export.service";

const service = (ctx: GraphQLContext) => {
  claimExport(ctx);
  return new ExportService(ctx.em(), requirePrincipal(ctx), ctx.pubsub, {
    baseUrl: ctx.config.http.publicUrl ?? `http://localhost:${ctx.config.http.port}`,
    now: ctx.clock.now(),
    logger: ctx.logger.child({ module: "export" }),
  });
};

const toObject = (file: ExportedFile): ExportFile =>
  Object.assign(new ExportFile(), {
    fileName: file.fileName,
    contentType: file.contentType,
    contentDisposition: contentDisposition(file.fileName),
    byteLength: file.bytes.length,
    base64: file.bytes.toString("base64"),
  });

@Resolver()
export class ExportResolver {
  @Query(() => ExportFile, { description: "A brief as a file: its Markdown as it is, or a PDF made from it. One export per operation." })
  async briefExport(@Arg("id", () => ID, { description: "The brief (one version)." }) id: string, @Arg("format", () => ExportFormat, { description: "MARKDOWN or PDF." }) format: ExportFormat, @Ctx() ctx: GraphQLContext) {
    const input = parseInput(briefExportSchema, { id, format }, "args");
    return toObject(await service(ctx).brief(input.id, input.format));
  }

  @Query(() => ExportFile, { description: "A meeting's decisions as a file: each decision, when it was decided and the quote it was taken from. One export per operation." })
  async decisionsExport(@Arg("meetingId", () => ID, { description: "The meeting." }) meetingId: string, @Arg("format", () => ExportFormat, { description: "MARKDOWN or PDF." }) format: ExportFormat, @Ctx() ctx: GraphQLContext) {
    const input = parseInput(decisionsExportSchema, { meetingId, format }, "args");
    return toObject(await service(ctx).decisions(input.meetingId, input.format));
  }

  @Query(() => ExportFile, {
    description:
      "Action items as CSV for Swedish Excel (UTF-8 with BOM, `;`, RFC 4180 quoting, formulas neutralised): title, status, owner, due date, meeting, created, completed, link. Filter and order as in `actionItems`; at most 5,000 rows (more is BAD_USER_INPUT). One export per operation.",
  })
  async actionItemsExport(
    @Arg("filter", () => ActionItemFilter, { nullable: true, description: "Which action items, as in `actionItems`." }) filter: ActionItemFilter | null,
    @Arg("orderBy", () => ActionItemOrder, { nullable: true, description: "Order; default due date ascending, undated last." }) orderBy: ActionItemOrder | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    const input = parseInput(actionItemsExportSchema, { filter }, "args");
    return toObject(await service(ctx).actionItems(input, orderBy));
  }
}
