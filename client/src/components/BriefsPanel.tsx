import { useId, useState } from "react";
import { useMutation, type CombinedError } from "urql";
import { graphql, getFragmentData, type FragmentType } from "../gql";
import type { BriefKind } from "../gql/graphql";
import { errorMessageKey } from "../graphql/errors";
import { useI18n } from "../i18n";
import { Markdown } from "../lib/markdown";
import { useAnnounce } from "./LiveAnnouncer";
import { EmptyState } from "./Status";

export const BriefsPanelFragment = graphql(`
  fragment BriefsPanel_Meeting on Meeting {
    id
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

const GeneratePostBriefMutation = graphql(`
  mutation GeneratePostBrief($input: GeneratePostBriefInput!) {
    generatePostBrief(input: $input) {
      brief {
        id
        kind
        version
        body
        createdAt
      }
    }
  }
`);

/** POST first (what people want after a meeting), then PRE. */
const KIND_ORDER: BriefKind[] = ["POST", "PRE"];

export interface BriefsPanelProps {
  meeting: FragmentType<typeof BriefsPanelFragment>;
  /** viewer.canEdit; generating also needs the meeting's viewerCanEdit. */
  canEdit: boolean;
  /** After a new brief: Meeting.briefs is a plain list the cache cannot extend by itself. */
  onBriefCreated(): void;
}

export function BriefsPanel({ meeting: meetingRef, canEdit, onBriefCreated }: BriefsPanelProps) {
  const meeting = getFragmentData(BriefsPanelFragment, meetingRef);
  const { t, formatDateTime } = useI18n();
  const announce = useAnnounce();
  const selectId = useId();
  const [{ fetching }, generate] = useMutation(GeneratePostBriefMutation);
  const [error, setError] = useState<CombinedError | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const editable = canEdit && meeting.viewerCanEdit;

  // Newest version first within each kind.
  const groups = KIND_ORDER.map((kind) => ({
    kind,
    briefs: meeting.briefs.filter((b) => b.kind === kind).sort((a, b) => b.version - a.version),
  })).filter((group) => group.briefs.length > 0);
  const fallback = groups[0]?.briefs[0] ?? null;
  const selected = meeting.briefs.find((b) => b.id === selectedId) ?? fallback;
  const latestPost = groups.find((g) => g.kind === "POST")?.briefs[0] ?? null;

  async function createPostBrief() {
    setError(null);
    const result = await generate({ input: { meetingId: meeting.id } });
    const brief = result.data?.generatePostBrief.brief;
    if (result.error || !brief) {
      setError(result.error ?? null);
      return;
    }
    const unchanged = latestPost !== null && brief.id === latestPost.id;
    announce(t(unchanged ? "brief.announceUnchanged" : "brief.announceCreated", { version: brief.version }));
    setSelectedId(brief.id);
    onBriefCreated();
  }

  return (
    <section className="panel panel-wide" aria-labelledby="briefs-title" data-testid="meeting-briefs">
      <div className="panel-header">
        <h2 id="briefs-title">{t("brief.title")}</h2>
        {editable ? (
          <button type="button" className="button" disabled={fetching} onClick={() => void createPostBrief()}>
            {fetching ? t("brief.generating") : t("brief.generate")}
          </button>
        ) : null}
      </div>
      {editable ? <p className="meta">{t("brief.generateHint")}</p> : null}
      {error ? (
        <p className="inline-error" role="alert">
          {t(errorMessageKey(error))}
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
              value={selected.id}
              onChange={(event) => setSelectedId(event.target.value)}
              data-testid="brief-version"
            >
              {groups.map((group) => (
                <optgroup key={group.kind} label={t(`brief.kind.${group.kind}`)}>
                  {group.briefs.map((brief, index) => (
                    <option key={brief.id} value={brief.id}>
                      {t(index === 0 ? "brief.optionLatest" : "brief.option", {
                        version: brief.version,
                        date: formatDateTime(brief.createdAt),
                      })}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </div>
          <article className="brief" aria-label={t(`brief.kind.${selected.kind}`)} data-testid="brief" data-version={selected.version}>
            <p className="meta">
              {t("brief.meta", {
                kind: t(`brief.kind.${selected.kind}`),
                version: selected.version,
                date: formatDateTime(selected.createdAt),
              })}
            </p>
            <Markdown source={selected.body} headingOffset={2} />
          </article>
        </>
      ) : (
        <EmptyState messageKey="brief.none" />
      )}
    </section>
  );
}
