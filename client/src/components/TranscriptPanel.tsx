import { graphql, getFragmentData, type FragmentType } from "../gql";
import { useI18n } from "../i18n";
import { summarizeConsent } from "../lib/consent";
import { EmptyState } from "./Status";
import { FortKnoxNotice } from "./transcript/FortKnoxNotice";
import { RerunButton } from "./transcript/RerunButton";
import { RunStatus, RunStatusFragment } from "./transcript/RunStatus";
import { TranscriptFacts } from "./transcript/TranscriptFacts";
import { AudioUploadForm } from "./transcript/AudioUploadForm";
import { StoredSpeakerMapping } from "./transcript/StoredSpeakerMapping";
import { UploadForm } from "./transcript/UploadForm";
import { useRunWatch } from "./transcript/useRunWatch";

export const TranscriptPanelFragment = graphql(`
  fragment TranscriptPanel_Meeting on Meeting {
    id
    sensitivity
    viewerCanEdit
    participants {
      id
      consent
      stakeholder {
        id
        name
      }
    }
    transcript {
      id
      ...TranscriptFacts_Transcript
    }
    extractionRuns {
      id
      ...RunStatus_ExtractionRun
    }
    speechTranscription {
      id
      status
    }
  }
`);

export interface TranscriptPanelProps {
  meeting: FragmentType<typeof TranscriptPanelFragment>;
  /** viewer.canEdit; uploading also needs the meeting's viewerCanEdit. */
  canEdit: boolean;
  /** A run this page watched has succeeded: its decisions and action items are new. */
  onRunSucceeded(): void;
  /** The server refused for lack of consent: what this page shows is out of date. */
  onConsentRefused(): void;
}

/** The meeting's transcript and its analysis: what is attached, the latest run, re-run and upload. */
export function TranscriptPanel({ meeting: meetingRef, canEdit, onRunSucceeded, onConsentRefused }: TranscriptPanelProps) {
  const meeting = getFragmentData(TranscriptPanelFragment, meetingRef);
  const { t } = useI18n();
  const editable = canEdit && meeting.viewerCanEdit;
  const consent = summarizeConsent(meeting.participants.map((p) => p.consent));
  const transcript = meeting.transcript ?? null;
  const latestRef = meeting.extractionRuns[0];
  const latestRun = latestRef ? getFragmentData(RunStatusFragment, latestRef) : null;
  const active = latestRun?.status === "QUEUED" || latestRun?.status === "RUNNING";
  const participants = meeting.participants.map((p) => ({ id: p.id, name: p.stakeholder.name, consent: p.consent }));

  useRunWatch(meeting.id, latestRun, onRunSucceeded);

  return (
    <section className="panel panel-wide transcript-panel" aria-labelledby="transcript-title" data-testid="meeting-transcript">
      <h2 id="transcript-title">{t("transcript.title")}</h2>
      {meeting.sensitivity === "SENSITIVE" ? <FortKnoxNotice /> : null}

      <div className="transcript-grid">
        <div className="transcript-current">
          <h3>{t("transcript.current")}</h3>
          {transcript ? <TranscriptFacts transcript={transcript} /> : <EmptyState messageKey="transcript.none" />}

          <h3>{t("run.title")}</h3>
          {latestRef ? <RunStatus run={latestRef} /> : <EmptyState messageKey="run.none" />}
          {editable && transcript ? (
            <RerunButton meetingId={meeting.id} disabled={!consent.ok || active} onConsentRefused={onConsentRefused} />
          ) : null}
          {editable && transcript ? <StoredSpeakerMapping meetingId={meeting.id} transcriptId={transcript.id} participants={participants} onChanged={onConsentRefused} /> : null}
        </div>

        <div className="transcript-upload">
          {editable ? (
            <UploadForm
              meetingId={meeting.id}
              consentOk={consent.ok}
              participants={participants}
              onConsentRefused={onConsentRefused}
            />
          ) : (
            <p className="meta">{t("transcript.viewerHint")}</p>
          )}
          {editable ? (
            <AudioUploadForm
              meetingId={meeting.id}
              sensitive={meeting.sensitivity === "SENSITIVE"}
              consentOk={consent.ok}
              participants={participants}
              latest={meeting.speechTranscription ?? null}
              onConsentRefused={onConsentRefused}
              onRunSucceeded={onRunSucceeded}
              onParticipantsChanged={onConsentRefused}
            />
          ) : null}
        </div>
      </div>
    </section>
  );
}
