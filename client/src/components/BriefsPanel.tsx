import { useEffect, useId, useRef, useState } from "react";
import { useMutation, useSubscription, type CombinedError } from "urql";
import { graphql, getFragmentData, type FragmentType } from "../gql";
import type { BriefKind } from "../gql/graphql";
import { GeneratePostBriefMutation, GeneratePreBriefMutation, MeetingBriefGeneratedSubscription } from "../graphql/briefs";
import { errorMessageKey, errorReasons } from "../graphql/errors";
import { useI18n, type MessageKey } from "../i18n";
import { Markdown } from "../lib/markdown";
import { useAnnounce } from "./LiveAnnouncer";
import { BriefExportButtons } from "./export/ExportButtons";
import { EmptyState } from "./Status";

export const BriefsPanelFragment = graphql(`
  fragment BriefsPanel_Meeting on Meeting {
    id
    startsAt
    viewerCanEdit
    briefs {
      id
      kind
      version
      body
      createdAt
    }
  }
`);

interface BriefData {
  id: string;
  kind: BriefKind;
  version: number;
  body: string;
  createdAt: string;
}

/** What differs between the two panels: texts and test ids. */
const KIND_TEXT = {
  PRE: {
    title: "brief.pre.title",
    none: "brief.pre.none",
    generate: "brief.pre.generate",
    generating: "brief.pre.generating",
    hint: "brief.pre.hint",
    versionLabel: "brief.pre.versionLabel",
    created: "brief.pre.announceCreated",
    unchanged: "brief.pre.announceUnchanged",
    live: "brief.pre.announceLive",
    testId: "meeting-pre-brief",
    briefTestId: "pre-brief",
    // The target of the "Briefer" link in the meeting's .ics (Meeting.icalendar).
    headingId: "briefs-title",
  },
  POST: {
    title: "brief.post.title",
    none: "brief.post.none",
    generate: "brief.generate",
    generating: "brief.generating",
    hint: "brief.generateHint",
    versionLabel: "brief.post.versionLabel",
    created: "brief.announceCreated",
    unchanged: "brief.announceUnchanged",
    live: "brief.post.announceLive",
    testId: "meeting-briefs",
    briefTestId: "brief",
    headingId: "post-brief-title",
  },
} as const satisfies Record<BriefKind, Record<string, MessageKey | string>>;

function BriefKindPanel(props: {
  kind: BriefKind;
  /** This kind's versions, newest first. */
  briefs: BriefData[];
  editable: boolean;
  /** Why generating is not possible yet (the button is disabled and this is said beside it). */
  notYet?: string | null;
  busy: boolean;
  error: CombinedError | null;
  onGenerate(): Promise<BriefData | null>;
}) {
  const { kind, briefs, editable, notYet, busy, error, onGenerate } = props;
  const text = KIND_TEXT[kind];
  const { t, formatDateTime } = useI18n();
  const titleId = text.headingId;
  const selectId = useId();
  const notYetId = useId();
  // null: the newest version, so one that arrives live is shown at once.
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const latest = briefs[0] ?? null;
  const selected = briefs.find((b) => b.id === selectedId) ?? latest;

  async function generate() {
    const brief = await onGenerate();
    if (brief) setSelectedId(null);
  }

  return (
    <section className="panel brief-panel" aria-labelledby={titleId} data-testid={text.testId}>
      <div className="panel-header">
        <h2 id={titleId}>{t(text.title)}</h2>
        {editable ? (
          <button
            type="button"
            className="button"
            disabled={busy || !!notYet}
            aria-describedby={notYet ? notYetId : undefined}
            onClick={() => void generate()}
          >
            {busy ? t(text.generating) : t(text.generate)}
          </button>
        ) : null}
      </div>
      {editable ? (
        notYet ? (
          <p className="meta" id={notYetId} data-testid={`${text.briefTestId}-not-started`}>
            {notYet}
          </p>
        ) : (
          <p className="meta">{t(text.hint)}</p>
        )
      ) : null}
      {error ? (
        <p className="inline-error" role="alert">
          {t(errorReasons(error).includes("MEETING_NOT_STARTED") ? "brief.error.notStarted" : errorMessageKey(error))}
        </p>
      ) : null}

      {selected ? (
        <>
          <div className="brief-toolbar">
              <label htmlFor={selectId} className="field-label">
                {t("brief.version")}
              </label>
              <select
                id={selectId}
                className="select"
                aria-label={t(text.versionLabel)}
                value={selected.id}
                onChange={(event) => setSelectedId(event.target.value === latest?.id ? null : event.target.value)}
                data-testid={`${text.briefTestId}-version`}
              >
                {briefs.map((brief, index) => (
                  <option key={brief.id} value={brief.id}>
                    {t(index === 0 ? "brief.optionLatest" : "brief.option", { version: brief.version, date: formatDateTime(brief.createdAt) })}
                  </option>
                ))}
              </select>
              <BriefExportButtons briefId={selected.id} version={selected.version} testIdPrefix={text.briefTestId} />
          </div>
          <article className="brief" aria-label={t(`brief.kind.${selected.kind}`)} data-testid={text.briefTestId} data-version={selected.version}>
            <p className="meta">
              {t("brief.meta", { kind: t(`brief.kind.${selected.kind}`), version: selected.version, date: formatDateTime(selected.createdAt) })}
            </p>
            <Markdown source={selected.body} headingOffset={2} />
          </article>
        </>
      ) : (
        <EmptyState messageKey={text.none} />
      )}
    </section>
  );
}

export interface BriefsPanelProps {
  meeting: FragmentType<typeof BriefsPanelFragment>;
  /** viewer.canEdit; generating also needs the meeting's viewerCanEdit. */
  canEdit: boolean;
}

/**
 * "Inför mötet" (PRE) beside "Efter mötet" (POST). A new version lands in the meeting's briefs
 * through the cache, whether it came from this page's button or from `briefGenerated` (another
 * person, another tab, the pre-brief job); a version that arrives from elsewhere is announced.
 */
/** Whether `startsAt` has passed; turns true by itself when the meeting starts while the page is open. */
function useHasStarted(startsAt: string): boolean {
  const start = Date.parse(startsAt);
  const [now, setNow] = useState(() => Date.now());
  const started = !(start > now);
  useEffect(() => {
    if (started) return;
    // setTimeout's delay is a 32-bit number: a meeting weeks away is re-checked in steps.
    const timer = window.setTimeout(() => setNow(Date.now()), Math.min(start - Date.now() + 250, 2_147_483_647));
    return () => window.clearTimeout(timer);
  }, [start, started, now]);
  return started;
}

export function BriefsPanel({ meeting: meetingRef, canEdit }: BriefsPanelProps) {
  const meeting = getFragmentData(BriefsPanelFragment, meetingRef);
  const { t, formatDateTime } = useI18n();
  // The server refuses a post-brief before the start (CONFLICT, MEETING_NOT_STARTED); say so up front.
  const started = useHasStarted(meeting.startsAt);
  const announce = useAnnounce();
  const [pre, generatePre] = useMutation(GeneratePreBriefMutation);
  const [post, generatePost] = useMutation(GeneratePostBriefMutation);
  const [errors, setErrors] = useState<Record<BriefKind, CombinedError | null>>({ PRE: null, POST: null });
  const editable = canEdit && meeting.viewerCanEdit;
  const byKind = (kind: BriefKind) => meeting.briefs.filter((b) => b.kind === kind).sort((a, b) => b.version - a.version);
  const preBriefs = byKind("PRE");
  const postBriefs = byKind("POST");

  // Versions this page asked for are announced by their own button, not again when the event comes.
  const ownIds = useRef(new Set<string>());
  const busy = useRef<Record<BriefKind, boolean>>({ PRE: false, POST: false });
  busy.current = { PRE: pre.fetching, POST: post.fetching };
  const known = useRef(new Set(meeting.briefs.map((b) => b.id)));
  const [{ data: event }] = useSubscription({ query: MeetingBriefGeneratedSubscription });
  const arrived = event?.briefGenerated;
  useEffect(() => {
    if (!arrived || arrived.meeting?.id !== meeting.id || known.current.has(arrived.id)) return;
    known.current.add(arrived.id);
    if (ownIds.current.has(arrived.id) || busy.current[arrived.kind]) return;
    announce(t(KIND_TEXT[arrived.kind].live, { version: arrived.version }));
  }, [arrived, meeting.id, announce, t]);

  async function generate(kind: BriefKind): Promise<BriefData | null> {
    setErrors((current) => ({ ...current, [kind]: null }));
    const input = { input: { meetingId: meeting.id } };
    const result = kind === "PRE" ? await generatePre(input) : await generatePost(input);
    const brief = result.data && ("generatePreBrief" in result.data ? result.data.generatePreBrief.brief : result.data.generatePostBrief.brief);
    if (result.error || !brief) {
      setErrors((current) => ({ ...current, [kind]: result.error ?? null }));
      return null;
    }
    const latest = kind === "PRE" ? preBriefs[0] : postBriefs[0];
    const unchanged = latest !== undefined && latest.id === brief.id;
    ownIds.current.add(brief.id);
    known.current.add(brief.id);
    announce(t(unchanged ? KIND_TEXT[kind].unchanged : KIND_TEXT[kind].created, { version: brief.version }));
    return brief;
  }

  return (
    <div className="briefs-row">
      <BriefKindPanel kind="PRE" briefs={preBriefs} editable={editable} busy={pre.fetching} error={errors.PRE} onGenerate={() => generate("PRE")} />
      <BriefKindPanel
        kind="POST"
        briefs={postBriefs}
        editable={editable}
        notYet={started ? null : t("brief.notStarted", { date: formatDateTime(meeting.startsAt) })}
        busy={post.fetching}
        error={errors.POST}
        onGenerate={() => generate("POST")}
      />
    </div>
  );
}
