import { useCallback, useEffect, useRef, useState } from "react";
import { Link, useLocation, useParams } from "react-router";
import { useQuery, useSubscription } from "urql";
import { graphql } from "../gql";
import { ActionItemRow } from "../components/ActionItemRow";
import { MeetingStatusBadge, SensitiveBadge } from "../components/Badges";
import { DecisionForm, DecisionItem } from "../components/DecisionItem";
import { ActionItemEditForm } from "../components/meetings/ActionItemEditForm";
import { MeetingForm } from "../components/meetings/MeetingForm";
import { useToast } from "../components/Toast";
import { BriefsPanel } from "../components/BriefsPanel";
import { CalendarDownloadButton } from "../components/calendar/CalendarDownloadButton";
import { ActionItemsExportButton, DecisionsExportButtons } from "../components/export/ExportButtons";
import { ParticipantsPanel } from "../components/ParticipantsPanel";
import { SuggestionsPanel } from "../components/review/SuggestionsPanel";
import { ActionItemProvenance } from "../components/Provenance";
import { TranscriptPanel } from "../components/TranscriptPanel";
import { TranscriptViewer } from "../components/transcript/TranscriptViewer";
import { EmptyState, ErrorBanner, Loading } from "../components/Status";
import { hasErrorCode } from "../graphql/errors";
import { ActionItemChangedSubscription, MeetingChangedSubscription } from "../graphql/live";
import { useDebouncedCallback } from "../lib/useDebouncedCallback";
import { useI18n } from "../i18n";
import { useDocumentTitle } from "../lib/useDocumentTitle";
import { useOnReconnect } from "../lib/useOnReconnect";

const MEETING_LIST_SIZE = 100;

const MeetingPageQuery = graphql(`
  query MeetingPage($id: ID!, $listSize: Int!) {
    viewer {
      canEdit
      canAdmin
    }
    meeting(id: $id) {
      id
      title
      startsAt
      endsAt
      status
      sensitivity
      location
      agendaItems
      viewerCanEdit
      ...ParticipantsPanel_Meeting
      ...TranscriptPanel_Meeting
      ...TranscriptViewer_Meeting
      ...BriefsPanel_Meeting
      ...CalendarDownloadButton_Meeting
      ...MeetingForm_Meeting
      decisions(first: $listSize) {
        totalCount
        nodes {
          id
          reviewState
          ...DecisionItem_Decision
          ...SuggestionsPanel_Decision
        }
      }
      actionItems(first: $listSize) {
        totalCount
        nodes {
          id
          reviewState
          ...ActionItemRow_ActionItem
          ...ActionItemProvenance_ActionItem
          ...SuggestionsPanel_ActionItem
        }
      }
    }
  }
`);

export function MeetingPage() {
  const { id = "" } = useParams();
  const { t, formatTimeRange } = useI18n();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: MeetingPageQuery,
    variables: { id, listSize: MEETING_LIST_SIZE },
  });
  const refetch = useCallback(() => reexecute({ requestPolicy: "network-only" }), [reexecute]);
  useOnReconnect(refetch);
  useDocumentTitle(data?.meeting?.title ?? t("meeting.title"));

  // Status changes update in place via the cache; a new item for this meeting needs a refetch.
  const listedItems = useRef(new Set<string>());
  useEffect(() => {
    listedItems.current = new Set(data?.meeting?.actionItems.nodes.map((n) => n.id) ?? []);
  }, [data]);
  const [itemEvent] = useSubscription({ query: ActionItemChangedSubscription });
  const changedItem = itemEvent.data?.actionItemChanged;
  useEffect(() => {
    if (changedItem && changedItem.meeting?.id === id && !listedItems.current.has(changedItem.id)) refetch();
  }, [changedItem, id, refetch]);

  // Decisions (and the meeting itself) changed in another tab or by another person: read again.
  const [meetingEvent] = useSubscription({ query: MeetingChangedSubscription });
  const scheduleRefetch = useDebouncedCallback(refetch, 200);
  const changedMeeting = meetingEvent.data?.meetingChanged;
  useEffect(() => {
    if (changedMeeting?.id === id) scheduleRefetch();
  }, [changedMeeting, id, scheduleRefetch]);

  const toast = useToast();
  const [editingMeeting, setEditingMeeting] = useState(false);
  const [addingDecision, setAddingDecision] = useState(false);
  const [addingItem, setAddingItem] = useState(false);
  // Once the page showed suggestions, their panel stays (saying none are left), so focus has a place to go.
  const suggestionCount = (data?.meeting?.decisions.nodes ?? []).filter((n) => n.reviewState === "SUGGESTED").length + (data?.meeting?.actionItems.nodes ?? []).filter((n) => n.reviewState === "SUGGESTED").length;
  const [hadSuggestions, setHadSuggestions] = useState<string | null>(null);
  useEffect(() => {
    if (suggestionCount > 0) setHadSuggestions(id);
  }, [suggestionCount, id]);

  useScrollToHash(data?.meeting?.id === id);

  if (!data && fetching) return <Loading />;
  if (!data && error) {
    if (hasErrorCode(error, "NOT_FOUND")) return <NotFound />;
    return <ErrorBanner error={error} onRetry={refetch} />;
  }
  const meeting = data?.meeting;
  if (!meeting) return <NotFound />;

  const canEdit = data?.viewer.canEdit ?? false;
  const editable = canEdit && meeting.viewerCanEdit;
  // Suggestions (the extractor was unsure) are reviewed in their own panel, not listed as facts;
  // rejected ones are not listed at all.
  const isFact = (n: { reviewState: string }) => n.reviewState === "ACCEPTED" || n.reviewState === "EDITED";
  const decisions = meeting.decisions.nodes.filter(isFact);
  const actionItems = meeting.actionItems.nodes.filter(isFact);
  const suggestedDecisions = meeting.decisions.nodes.filter((n) => n.reviewState === "SUGGESTED");
  const suggestedActionItems = meeting.actionItems.nodes.filter((n) => n.reviewState === "SUGGESTED");

  return (
    <article className="meeting-page" aria-labelledby="meeting-title">
      <p className="back-link">
        <Link to="/moten">← {t("meeting.backToMeetings")}</Link>
      </p>
      <header className="meeting-header">
        <h1 id="meeting-title">{meeting.title}</h1>
        <p className="badges">
          <MeetingStatusBadge status={meeting.status} />
          {meeting.sensitivity === "SENSITIVE" ? <SensitiveBadge /> : null}
        </p>
        <dl className="facts">
          <div>
            <dt>{t("meeting.when")}</dt>
            <dd>
              <time dateTime={meeting.startsAt}>{formatTimeRange(meeting.startsAt, meeting.endsAt)}</time>
            </dd>
          </div>
          <div>
            <dt>{t("meeting.location")}</dt>
            <dd>{meeting.location ?? t("meeting.noLocation")}</dd>
          </div>
        </dl>
        <p className="meeting-actions">
          <CalendarDownloadButton meeting={meeting} />
          {editable && !editingMeeting ? (
            <button type="button" className="button button-secondary" onClick={() => setEditingMeeting(true)} data-testid="edit-meeting">
              {t("meeting.edit")}
            </button>
          ) : null}
        </p>
      </header>
      {editingMeeting ? (
        <div className="panel">
          <MeetingForm
            meeting={meeting}
            canAdmin={data?.viewer.canAdmin ?? false}
            onDone={(saved) => {
              setEditingMeeting(false);
              if (saved) toast({ message: t("meetingForm.saved") });
            }}
          />
        </div>
      ) : null}

      {error ? <ErrorBanner error={error} onRetry={refetch} /> : null}

      <div className="meeting-grid">
        <section className="panel" aria-labelledby="agenda-title">
          <h2 id="agenda-title">{t("meeting.agenda")}</h2>
          {meeting.agendaItems.length === 0 ? (
            <EmptyState messageKey="meeting.noAgenda" />
          ) : (
            <ol className="agenda">
              {meeting.agendaItems.map((item, index) => (
                <li key={index}>{item}</li>
              ))}
            </ol>
          )}
        </section>

        <ParticipantsPanel meeting={meeting} canEdit={canEdit} onConsentChanged={refetch} />

        <TranscriptPanel meeting={meeting} canEdit={canEdit} onRunSucceeded={refetch} onConsentRefused={refetch} />

        <TranscriptViewer meeting={meeting} canEdit={canEdit} />

        {suggestedDecisions.length + suggestedActionItems.length > 0 || hadSuggestions === id ? (
          <SuggestionsPanel decisions={suggestedDecisions} actionItems={suggestedActionItems} canEdit={editable} />
        ) : null}

        <section className="panel" aria-labelledby="decisions-title" data-testid="meeting-decisions">
          <div className="panel-header">
            <h2 id="decisions-title">{t("meeting.decisions")}</h2>
            {decisions.length > 0 ? <DecisionsExportButtons meetingId={meeting.id} /> : null}
          </div>
          {decisions.length === 0 ? (
            <EmptyState messageKey="meeting.noDecisions" />
          ) : (
            <ul className="plain-list">
              {decisions.map((decision) => (
                <DecisionItem key={decision.id} decision={decision} canEdit={editable} />
              ))}
            </ul>
          )}
          {editable ? (
            addingDecision ? (
              <DecisionForm
                meetingId={meeting.id}
                onDone={(saved) => {
                  setAddingDecision(false);
                  if (saved) {
                    toast({ message: t("decision.created") });
                    refetch();
                  }
                }}
              />
            ) : (
              <button type="button" className="button button-secondary" onClick={() => setAddingDecision(true)} data-testid="new-decision">
                {t("decision.new")}
              </button>
            )
          ) : null}
        </section>

        <section className="panel" aria-labelledby="meeting-items-title" data-testid="meeting-action-items">
          <div className="panel-header">
            <h2 id="meeting-items-title">{t("meeting.actionItems")}</h2>
            {actionItems.length > 0 ? (
              <ActionItemsExportButton filter={{ meetingId: meeting.id }} groupLabel="export.group.actionItems" testId="meeting-items-export" />
            ) : null}
          </div>
          {actionItems.length === 0 ? (
            <EmptyState messageKey="meeting.noActionItems" />
          ) : (
            <ul className="card-list">
              {actionItems.map((item) => (
                <ActionItemRow key={item.id} item={item} canEdit={canEdit} showMeeting={false}>
                  <ActionItemProvenance item={item} />
                </ActionItemRow>
              ))}
            </ul>
          )}
          {editable ? (
            addingItem ? (
              <div className="card">
                <ActionItemEditForm
                  meetingId={meeting.id}
                  onDone={(saved) => {
                    setAddingItem(false);
                    if (saved) {
                      toast({ message: t("actionItemForm.created", { title: saved.title }) });
                      refetch();
                    }
                  }}
                />
              </div>
            ) : (
              <button type="button" className="button button-secondary" onClick={() => setAddingItem(true)} data-testid="new-action-item">
                {t("actionItemForm.new")}
              </button>
            )
          ) : null}
        </section>

        <BriefsPanel meeting={meeting} canEdit={canEdit} />
      </div>
    </article>
  );
}

/**
 * `/moten/<id>#beslut-<id>` (the links in a pre-brief) or `#briefs-title` (the link in the
 * meeting's .ics): once the meeting is shown, bring the target into view, and give it focus when it
 * takes focus (a decision does), also when the link points into the page already open. A frame
 * later, so the layout's focus on <main> after a navigation has happened first.
 */
function useScrollToHash(loaded: boolean) {
  const { hash, key } = useLocation();
  useEffect(() => {
    if (!loaded || hash.length < 2) return;
    let id: string;
    try {
      id = decodeURIComponent(hash.slice(1));
    } catch {
      return;
    }
    const frame = window.requestAnimationFrame(() => {
      const target = document.getElementById(id);
      if (!target) return;
      target.scrollIntoView({ block: "center" });
      if (target.hasAttribute("tabindex")) target.focus({ preventScroll: true });
    });
    return () => window.cancelAnimationFrame(frame);
  }, [loaded, hash, key]);
}

function NotFound() {
  const { t } = useI18n();
  return (
    <div className="not-found">
      <h1>{t("meeting.notFoundTitle")}</h1>
      <ErrorBanner messageKey="meeting.notFound" />
      <p>
        <Link to="/">{t("error.toDashboard")}</Link>
      </p>
    </div>
  );
}
