import { useId, useRef, useState, type ChangeEvent, type FormEvent } from "react";
import { useClient, useMutation, type CombinedError } from "urql";
import { graphql } from "../../gql";
import type { ConsentStatus } from "../../gql/graphql";
import { errorMessageKey, errorCodes } from "../../graphql/errors";
import { useI18n, type MessageKey } from "../../i18n";
import { FilePicker, readAsText } from "../FilePicker";
import { useAnnounce } from "../LiveAnnouncer";
import { SpeakerMapping, type FoundSpeaker } from "./SpeakerMapping";
import { toFoundSpeaker, toSpeakerMap, unmappedSpeakers } from "./useSpeakerMapping";

// The payloads bring the meeting's transcript and runs along, so the cache (and this panel) update at once.
const AttachTranscriptMutation = graphql(`
  mutation AttachTranscript($input: AttachTranscriptInput!) {
    attachTranscript(input: $input) {
      transcript {
        id
      }
      run {
        id
        ...RunPayload_ExtractionRun
      }
    }
  }
`);

const TranscriptSpeakersQuery = graphql(`
  query TranscriptSpeakers($input: TranscriptSpeakersInput!) {
    transcriptSpeakers(input: $input) {
      name
      turns
      participant {
        id
      }
    }
  }
`);

const ACCEPTED_EXTENSIONS = /\.(vtt|srt|txt)$/i;

interface SelectedFile {
  name: string;
  size: number;
  content: string;
}


/** Upload errors: the request body can also be refused by size before GraphQL sees it (HTTP 413). */
function uploadErrorKey(error: CombinedError): MessageKey {
  const status = (error.response as { status?: number } | undefined)?.status;
  if (status === 413) return "error.TRANSCRIPT_TOO_LARGE";
  const tooLarge = error.graphQLErrors.some(
    (e) => e.extensions?.code === "BAD_USER_INPUT" && e.extensions.field === "input.content" && !e.extensions.reason,
  );
  if (tooLarge) return "error.TRANSCRIPT_TOO_LARGE";
  return errorMessageKey(error);
}

export interface UploadParticipant {
  id: string;
  name: string;
  consent: ConsentStatus;
}

/**
 * Choose a transcript file, see its speakers, map those the server could not match to
 * participants, upload. The server checks the same again (consent gate, speakers) under a lock.
 */
export function UploadForm(props: { meetingId: string; consentOk: boolean; participants: UploadParticipant[]; onConsentRefused(): void }) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const fileId = useId();
  const hintId = useId();
  const reasonId = useId();
  const client = useClient();
  const [{ fetching }, attach] = useMutation(AttachTranscriptMutation);
  const [speakers, setSpeakers] = useState<FoundSpeaker[] | null>(null);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [checking, setChecking] = useState(false);
  const [file, setFile] = useState<SelectedFile | null>(null);
  const [reading, setReading] = useState(false);
  const [fileError, setFileError] = useState<MessageKey | null>(null);
  const [error, setError] = useState<CombinedError | null>(null);
  // Remounting the input clears the browser's selection after an upload.
  const [inputKey, setInputKey] = useState(0);
  const readToken = useRef(0);

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    const token = ++readToken.current;
    setFile(null);
    setFileError(null);
    setError(null);
    setSpeakers(null);
    setMapping({});
    setChecking(false);
    if (!chosen) return;
    if (!ACCEPTED_EXTENSIONS.test(chosen.name)) {
      setFileError("transcript.wrongType");
      return;
    }
    setReading(true);
    try {
      const content = await readAsText(chosen);
      if (token !== readToken.current) return;
      setFile({ name: chosen.name, size: chosen.size, content });
      setReading(false);
      // Which speakers the file has, and whom each is (nothing is stored by this question).
      setChecking(true);
      const found = await client.query(TranscriptSpeakersQuery, { input: { meetingId: props.meetingId, content } }, { requestPolicy: "network-only" }).toPromise();
      if (token !== readToken.current) return;
      setChecking(false);
      if (found.error) setError(found.error);
      else setSpeakers((found.data?.transcriptSpeakers ?? []).map(toFoundSpeaker));
    } catch {
      if (token === readToken.current) setFileError("transcript.readFailed");
    } finally {
      if (token === readToken.current) {
        setReading(false);
        setChecking(false);
      }
    }
  }

  async function upload(event: FormEvent) {
    event.preventDefault();
    if (!file || !props.consentOk) return;
    setError(null);
    const speakerMap = toSpeakerMap(mapping);
    const result = await attach({ input: { meetingId: props.meetingId, content: file.content, filename: file.name, speakerMap: speakerMap.length ? speakerMap : null } });
    if (result.error) {
      setError(result.error);
      if (errorCodes(result.error).includes("CONSENT_REQUIRED")) props.onConsentRefused();
      return;
    }
    setFile(null);
    setSpeakers(null);
    setMapping({});
    setInputKey((key) => key + 1);
    announce(t("transcript.announceUploaded"));
  }

  const unmapped = unmappedSpeakers(speakers ?? [], mapping);
  const disabledReason: MessageKey | null = !props.consentOk
    ? "transcript.consentMissing"
    : !file
      ? "transcript.chooseFile"
      : checking
        ? "speakers.checking"
        : unmapped.length
          ? "speakers.mapFirst"
          : null;

  return (
    <form className="upload-form" aria-labelledby={`${fileId}-title`} onSubmit={(event) => void upload(event)} data-testid="transcript-upload">
      <h3 id={`${fileId}-title`}>{t("transcript.uploadTitle")}</h3>
      <fieldset className="plain-fieldset" disabled={!props.consentOk || fetching}>
        <FilePicker
          id={fileId}
          hintId={hintId}
          inputKey={inputKey}
          accept=".vtt,.srt,.txt,text/vtt,text/plain"
          label={t("transcript.file")}
          buttonLabel={t("transcript.chooseFileButton")}
          hint={t("transcript.fileHint")}
          file={file}
          selectedText={(name, size) => t("transcript.selected", { name, size })}
          emptyText={t("transcript.noFileChosen")}
          readingText={t("transcript.reading")}
          reading={reading}
          onChange={(event) => void choose(event)}
        />
      </fieldset>
      {fileError ? (
        <p className="inline-error" role="alert">
          {t(fileError)}
        </p>
      ) : null}
      {file && speakers && speakers.some((s) => !s.participantId) ? (
        <SpeakerMapping speakers={speakers} participants={props.participants} mapping={mapping} onChange={setMapping} />
      ) : null}
      <p className="upload-actions">
        <button
          type="submit"
          className="button"
          disabled={disabledReason !== null || reading || fetching}
          aria-describedby={disabledReason ? reasonId : undefined}
        >
          {fetching ? t("transcript.uploading") : t("transcript.upload")}
        </button>
      </p>
      {disabledReason ? (
        <p
          id={reasonId}
          className={disabledReason === "transcript.consentMissing" ? "notice upload-blocked" : "meta"}
          data-testid="upload-disabled-reason"
        >
          {t(disabledReason)}
        </p>
      ) : null}
      {error ? (
        <p className="inline-error" role="alert" data-testid="upload-error">
          {t(uploadErrorKey(error))}
        </p>
      ) : null}
    </form>
  );
}
