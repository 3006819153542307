import { useState } from "react";
import { useMutation, type CombinedError } from "urql";
import { graphql, getFragmentData, type FragmentType } from "../gql";
import type { ConsentStatus } from "../gql/graphql";
import { errorMessageKey } from "../graphql/errors";
import { useI18n } from "../i18n";
import { summarizeConsent, type ConsentSummary } from "../lib/consent";
import { ConfirmDialog } from "./ConfirmDialog";
import { useAnnounce } from "./LiveAnnouncer";
import { ParticipantItem } from "./ParticipantItem";
import { AddParticipantForm, RemoveParticipantButton } from "./meetings/ParticipantEditing";
import { EmptyState } from "./Status";

export const ParticipantsPanelFragment = graphql(`
  fragment ParticipantsPanel_Meeting on Meeting {
    id
    viewerCanEdit
    transcript {
      id
    }
    participants {
      id
      consent
      stakeholder {
        id
        name
      }
      ...ParticipantItem_Participant
    }
  }
`);

const SetParticipantConsentMutation = graphql(`
  mutation SetParticipantConsent($input: SetParticipantConsentInput!) {
    setParticipantConsent(input: $input) {
      participant {
        id
        consent
        consentUpdatedAt
      }
    }
  }
`);

const CONSENT_OPTIONS: ConsentStatus[] = ["GRANTED", "DECLINED", "PENDING"];

export interface ParticipantsPanelProps {
  meeting: FragmentType<typeof ParticipantsPanelFragment>;
  /** viewer.canEdit; editing also needs the meeting's viewerCanEdit. */
  canEdit: boolean;
  /** After a consent change: withdrawal deletes the transcript and what came from it, so refetch. */
  onConsentChanged(): void;
}

/** The participants with their consent, whether AI processing is allowed, and (editors) consent controls. */
export function ParticipantsPanel({ meeting: meetingRef, canEdit, onConsentChanged }: ParticipantsPanelProps) {
  const meeting = getFragmentData(ParticipantsPanelFragment, meetingRef);
  const { t } = useI18n();
  const editable = canEdit && meeting.viewerCanEdit;
  const summary = summarizeConsent(meeting.participants.map((p) => p.consent));

  return (
    <section className="panel" aria-labelledby="participants-title" data-testid="meeting-participants">
      <h2 id="participants-title">{t("meeting.participants")}</h2>
      <ConsentSummaryNotice summary={summary} />
      {meeting.participants.length === 0 ? (
        <EmptyState messageKey="meeting.noParticipants" />
      ) : (
        <ul className="plain-list">
          {meeting.participants.map((participant) => (
            <ParticipantItem key={participant.id} participant={participant}>
              {editable ? (
                <div className="participant-controls">
                  <ConsentControl
                    participantId={participant.id}
                    name={participant.stakeholder.name}
                    consent={participant.consent}
                    hasTranscript={meeting.transcript !== null && meeting.transcript !== undefined}
                    onChanged={onConsentChanged}
                  />
                  <RemoveParticipantButton participantId={participant.id} name={participant.stakeholder.name} onRemoved={onConsentChanged} />
                </div>
              ) : null}
            </ParticipantItem>
          ))}
        </ul>
      )}
      {editable && meeting.participants.length > 0 ? <p className="meta consent-info">{t("consent.withdrawInfo")}</p> : null}
      {editable ? (
        <AddParticipantForm
          meetingId={meeting.id}
          present={meeting.participants.map((p) => ({ stakeholderId: p.stakeholder.id, name: p.stakeholder.name }))}
          onAdded={onConsentChanged}
        />
      ) : null}
    </section>
  );
}

export function ConsentSummaryNotice({ summary }: { summary: ConsentSummary }) {
  const { t } = useI18n();
  if (summary.ok) {
    return (
      <div className="consent-summary is-ok" data-testid="consent-summary" data-ok="true">
        <p className="consent-summary-title">
          <span aria-hidden="true">✓ </span>
          {t("consent.summary.ok")}
        </p>
        <p className="meta">{t("consent.summary.okHint")}</p>
      </div>
    );
  }
  const counts =
    summary.total === 0
      ? t("consent.summary.noParticipants")
      : [
          t("consent.summary.counts", { granted: summary.granted, total: summary.total }),
          summary.pending ? t("consent.summary.pending", { count: summary.pending }) : null,
          summary.declined ? t("consent.summary.declined", { count: summary.declined }) : null,
        ]
          .filter(Boolean)
          .join(" · ");
  return (
    <div className="consent-summary is-missing" data-testid="consent-summary" data-ok="false">
      <p className="consent-summary-title">
        <span aria-hidden="true">! </span>
        {t("consent.summary.missing")}
      </p>
      <p className="meta">{counts}</p>
    </div>
  );
}

interface ConsentControlProps {
  participantId: string;
  name: string;
  consent: ConsentStatus;
  hasTranscript: boolean;
  onChanged(): void;
}

function ConsentControl({ participantId, name, consent, hasTranscript, onChanged }: ConsentControlProps) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const [{ fetching }, setConsent] = useMutation(SetParticipantConsentMutation);
  const [error, setError] = useState<CombinedError | null>(null);
  const [confirming, setConfirming] = useState<ConsentStatus | null>(null);

  async function save(next: ConsentStatus) {
    setConfirming(null);
    setError(null);
    const deletes = next !== "GRANTED" && hasTranscript;
    const result = await setConsent({ input: { participantId, consent: next } });
    if (result.error) {
      setError(result.error);
      return;
    }
    const label = t(`consent.option.${next}`);
    announce(t(deletes ? "consent.announceDeleted" : "consent.announce", { name, consent: label }));
    onChanged();
  }

  function choose(next: ConsentStatus) {
    if (next === consent || fetching) return;
    // Withdrawing consent (or any non-consent while a transcript exists) deletes the transcript.
    if (next !== "GRANTED" && (consent === "GRANTED" || hasTranscript)) setConfirming(next);
    else void save(next);
  }

  return (
    <>
      <div className="segmented" role="group" aria-label={t("consent.set.label", { name })} data-testid="consent-control">
        {CONSENT_OPTIONS.map((option) => (
          <button
            key={option}
            type="button"
            className={`segmented-option consent-option-${option.toLowerCase()}`}
            aria-pressed={option === consent}
            disabled={fetching}
            onClick={() => choose(option)}
          >
            {t(`consent.option.${option}`)}
          </button>
        ))}
        {fetching ? <span className="meta segmented-status">{t("consent.saving")}</span> : null}
      </div>
      {error ? (
        <p className="inline-error" role="alert">
          {t(errorMessageKey(error))}
        </p>
      ) : null}
      <ConfirmDialog
        open={confirming !== null}
        title={t("consent.confirm.title")}
        body={t("consent.confirm.body", { name, consent: t(`consent.option.${confirming ?? "PENDING"}`) })}
        confirmLabel={t("consent.confirm.confirm")}
        cancelLabel={t("consent.confirm.cancel")}
        danger
        onConfirm={() => {
          if (confirming) void save(confirming);
        }}
        onCancel={() => setConfirming(null)}
      />
    </>
  );
}
