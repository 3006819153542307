import type { EntityManager } from "@mikro-orm/postgresql";
import type { Logger } from "pino";
import type { z } from "zod";
import type { Principal } from "../../platform/auth";
import { AppError, ErrorCode, badInput, notFound } from "../../platform/errors";
import { toGlobalId } from "../../platform/ids";
import { User } from "../../platform/identity/user.entity";
import type { AppPubSub } from "../../platform/pubsub";
import { swedishDateTime } from "../briefs/brief.markdown";
import { Brief, BriefKind } from "../briefs/brief.entity";
import { meetingUrl } from "../calendar/calendar.export";
import { ActionItem, ActionItemStatus } from "../decisions/action-item.entity";
import { ActionItemService } from "../decisions/action-item.service";
import { Decision } from "../decisions/decision.entity";
import type { ActionItemOrder } from "../decisions/decision.inputs";
import { Meeting, Sensitivity } from "../meetings/meeting.entity";
import { toCsv } from "./export.csv";
import { renderDecisionsMarkdown } from "./export.decisions";
import { CONTENT_TYPE, fileName, stockholmDate, stockholmMinute, type ExportedFile } from "./export.file";
import type { actionItemsExportSchema } from "./export.inputs";
import { ExportFormat } from "./export.objects";
import { markdownToPdf } from "./export.pdf";
import { FACT_STATES } from "../decisions/review-state";

/** More rows than a person reads in a spreadsheet; a filter that matches more is refused, not cut. */
export const MAX_EXPORT_ROWS = 5_000;
/** A meeting with more decisions than this is not a meeting. */
const MAX_DECISIONS = 1_000;

const STATUS_SV: Record<ActionItemStatus, string> = { OPEN: "Öppen", DONE: "Klar", CANCELLED: "Struken" };
const STATUS_FILE_SV: Record<ActionItemStatus, string> = { OPEN: "öppna", DONE: "klara", CANCELLED: "strukna" };
const BRIEF_SV: Record<BriefKind, string> = { PRE: "Inför mötet", POST: "Efter mötet" };
export const ACTION_ITEM_CSV_HEADER = ["Titel", "Status", "Ansvarig", "Förfallodatum", "Möte", "Skapad", "Slutförd", "Länk"] as const;

type ActionItemsExport = z.infer<typeof actionItemsExportSchema>;

/**
 * Briefs, decisions and action items as files. Every read goes through the caller's
 * organisation-scoped entity manager, so another organisation's brief or meeting is NOT_FOUND
 * like anywhere else; what goes into a file is what the caller may read through GraphQL.
 */
export class ExportService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
    private readonly pubsub: AppPubSub,
    private readonly deps: { baseUrl: string; now: Date; logger: Logger },
  ) {}

  async brief(id: string, format: ExportFormat): Promise<ExportedFile> {
    const brief = await this.em.findOne(Brief, { id });
    if (!brief) throw notFound("Brief");
    const meeting = await this.meeting(brief.meeting.id);
    const name = [BRIEF_SV[brief.kind], meeting.title, stockholmDate(meeting.startsAt), `v${brief.version}`];
    return this.done("brief", format, await this.document(brief.body, name, meeting, `${BRIEF_SV[brief.kind]}: ${meeting.title}`, brief.createdAt, format));
  }

  async decisions(meetingId: string, format: ExportFormat): Promise<ExportedFile> {
    const meeting = await this.meeting(meetingId);
    const decisions = await this.em.find(Decision, { meeting: meeting.id, reviewState: { $in: [...FACT_STATES] } }, { orderBy: { evidenceStartMs: "asc nulls last", createdAt: "asc", id: "asc" }, limit: MAX_DECISIONS });
    const markdown = renderDecisionsMarkdown({
      title: meeting.title,
      startsAt: meeting.startsAt,
      sensitive: meeting.sensitivity === Sensitivity.SENSITIVE,
      link: this.link(meeting),
      decisions: decisions.map((d) => ({ text: d.text, decidedAt: d.decidedAt ?? null, createdAt: d.createdAt, quote: d.evidenceQuote ?? null, startMs: d.evidenceStartMs ?? null })),
    });
    const name = ["Beslut", meeting.title, stockholmDate(meeting.startsAt)];
    return this.done("decisions", format, await this.document(markdown, name, meeting, `Beslut: ${meeting.title}`, this.deps.now, format));
  }

  /** Like `actionItems(filter:, orderBy:)`, all matching rows (at most MAX_EXPORT_ROWS) as CSV. */
  async actionItems({ filter }: ActionItemsExport, orderBy: ActionItemOrder | null): Promise<ExportedFile> {
    // A meeting named in the filter must be one the caller can see: another organisation's is NOT_FOUND.
    const scope = filter?.meetingId ? await this.meeting(filter.meetingId) : null;
    const items = new ActionItemService(this.em, this.principal, this.pubsub);
    const { items: rows, total } = await items.list(filter, orderBy, { limit: MAX_EXPORT_ROWS, offset: 0 }, false);
    if (total > MAX_EXPORT_ROWS) throw badInput("filter", `matches more than ${MAX_EXPORT_ROWS} action items; narrow the filter`);
    const [users, meetings] = await Promise.all([this.byId(User, rows.flatMap((r) => (r.owner ? [r.owner.id] : []))), this.byId(Meeting, rows.map((r) => r.meeting.id))]);
    const body = toCsv(
      ACTION_ITEM_CSV_HEADER,
      rows.map((item: ActionItem) => {
        const meeting = meetings.get(item.meeting.id);
        return [
          item.title,
          STATUS_SV[item.status],
          (item.owner && users.get(item.owner.id)?.name) ?? item.ownerName ?? "",
          item.dueDate ?? "",
          meeting ? `${meeting.title} (${stockholmDate(meeting.startsAt)})` : "",
          stockholmMinute(item.createdAt),
          item.completedAt ? stockholmMinute(item.completedAt) : "",
          meeting ? this.link(meeting) : "",
        ];
      }),
    );
    const status = filter?.status?.length === 1 ? STATUS_FILE_SV[filter.status[0]!] : null;
    const mine = !!filter?.ownerId && filter.ownerId === this.principal.userId;
    const name = scope
      ? ["Åtgärder", scope.title, stockholmDate(scope.startsAt)]
      : [mine ? "Mina åtgärder" : "Åtgärder", status, stockholmDate(this.deps.now)];
    return this.done("actionItems", "CSV", { fileName: fileName(name, "csv"), contentType: CONTENT_TYPE.csv, bytes: body }, rows.length);
  }

  private async document(markdown: string, name: (string | null)[], meeting: Meeting, title: string, createdAt: Date, format: ExportFormat): Promise<ExportedFile> {
    if (format === ExportFormat.MARKDOWN) return { fileName: fileName(name, "md"), contentType: CONTENT_TYPE.md, bytes: Buffer.from(markdown, "utf8") };
    const bytes = await markdownToPdf(markdown, { title, headerLeft: meeting.title, headerRight: swedishDateTime(meeting.startsAt), createdAt });
    return { fileName: fileName(name, "pdf"), contentType: CONTENT_TYPE.pdf, bytes };
  }

  private async meeting(id: string): Promise<Meeting> {
    const meeting = await this.em.findOne(Meeting, { id });
    if (!meeting) throw notFound("Meeting");
    return meeting;
  }

  private link(meeting: Meeting): string {
    return meetingUrl(this.deps.baseUrl, toGlobalId("Meeting", meeting.id));
  }

  private async byId<T extends User | Meeting>(entity: new () => T, ids: string[]): Promise<Map<string, T>> {
    const unique = [...new Set(ids)];
    if (!unique.length) return new Map();
    const found = (await this.em.find(entity as new () => User | Meeting, { id: { $in: unique } })) as T[];
    return new Map(found.map((row) => [row.id, row]));
  }

  /** Ids, kinds and sizes only: never a title or a line of content. */
  private done(kind: string, format: string, file: ExportedFile, rows?: number): ExportedFile {
    this.deps.logger.info({ event: "export.made", kind, format, bytes: file.bytes.length, ...(rows !== undefined && { rows }), userId: this.principal.userId }, "export made");
    return file;
  }
}

/** One export per operation: a file is made in memory, so twenty aliased PDFs are refused up front. */
const EXPORTS_PER_CONTEXT = new WeakMap<object, number>();
export function claimExport(context: object): void {
  const n = (EXPORTS_PER_CONTEXT.get(context) ?? 0) + 1;
  EXPORTS_PER_CONTEXT.set(context, n);
  if (n > 1) throw new AppError(ErrorCode.BAD_REQUEST, "One export per operation: ask for each file in its own request");
}
