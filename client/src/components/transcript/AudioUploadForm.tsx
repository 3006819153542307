import { useEffect, useId, useRef, useState, type ChangeEvent, type FormEvent } from "react";
import { useMutation, useQuery, type CombinedError } from "urql";
import { getFragmentData, graphql } from "../../gql";
import type { ConsentStatus, SpeechTranscriptionStatus } from "../../gql/graphql";
import { errorCodes, errorMessageKey, errorReasons } from "../../graphql/errors";
import { useI18n, type MessageKey } from "../../i18n";
import { formatBytes } from "../../lib/format";
import { FilePicker } from "../FilePicker";
import { useAnnounce } from "../LiveAnnouncer";
import { SpeakerMapping, type FoundSpeaker } from "./SpeakerMapping";
import { toFoundSpeaker, toSpeakerMap, unmappedSpeakers, useSpeakerMapping } from "./useSpeakerMapping";

const SpeechSettingsQuery = graphql(`
  query SpeechSettings {
    speechToText {
      enabled
      local
      maxBytes
    }
  }
`);

// Every answer brings the run and the meeting's panel along, so the transcript panel updates from the cache.
const AudioUploadFragment = graphql(`
  fragment AudioUpload_SpeechTranscription on SpeechTranscription {
    id
    status
    failureCode
    failureReason
    speakers {
      name
      turns
      participant {
        id
      }
    }
    run {
      id
      status
      ...RunPayload_ExtractionRun
    }
  }
`);

const TranscribeAudioMutation = graphql(`
  mutation TranscribeAudio($input: TranscribeAudioInput!) {
    transcribeAudio(input: $input) {
      speechTranscription {
        id
        ...AudioUpload_SpeechTranscription
      }
    }
  }
`);

const SpeechFollowQuery = graphql(`
  query SpeechFollow($id: ID!) {
    speechTranscription(id: $id) {
      id
      ...AudioUpload_SpeechTranscription
    }
  }
`);

const CompleteSpeechMutation = graphql(`
  mutation CompleteSpeechTranscription($input: CompleteSpeechTranscriptionInput!) {
    completeSpeechTranscription(input: $input) {
      speechTranscription {
        id
        ...AudioUpload_SpeechTranscription
      }
    }
  }
`);

/** Extension → the content type the server checks against the file's first bytes. */
const TYPES: [RegExp, string][] = [
  [/\.wav$/i, "audio/wav"],
  [/\.mp3$/i, "audio/mpeg"],
  [/\.m4a$/i, "audio/mp4"],
  [/\.(ogg|oga|opus)$/i, "audio/ogg"],
];
const POLL_INTERVAL_MS = 2_500;
const ACTIVE: readonly SpeechTranscriptionStatus[] = ["QUEUED", "RUNNING"];

/** A file's bytes as base64 (what the mutation carries). */
function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === "string" ? reader.result : "";
      resolve(url.slice(url.indexOf(",") + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error("read failed"));
    reader.readAsDataURL(file);
  });
}

function speechErrorKey(error: CombinedError): MessageKey {
  const status = (error.response as { status?: number } | undefined)?.status;
  if (status === 413) return "speech.error.tooLargeForRequest";
  const reasons = errorReasons(error);
  for (const reason of ["STT_NOT_CONFIGURED", "SENSITIVE_REQUIRES_LOCAL", "NOT_AWAITING_SPEAKERS"] as const) if (reasons.includes(reason)) return `speech.error.${reason}`;
  if (error.graphQLErrors.some((e) => e.extensions?.code === "BAD_USER_INPUT" && /input\.(audioBase64|contentType)/.test(String(e.extensions.field ?? JSON.stringify(e.extensions.problems ?? ""))))) return "speech.error.badFile";
  return errorMessageKey(error);
}

/**
 * Upload a recording: the server's speech-to-text turns it into a transcript that goes through
 * the same consent gate and extraction as a file. Shown disabled with the reason when the server
 * has no speech-to-text, the meeting is SENSITIVE and the service is not local, or consent is
 * missing. Follows the transcription by polling (like an extraction run's fallback), then hands
 * over to the run watch; speakers the service could not name are mapped here.
 */
export function AudioUploadForm(props: {
  meetingId: string;
  sensitive: boolean;
  consentOk: boolean;
  participants: { id: string; name: string; consent: ConsentStatus }[];
  /** The meeting's latest speech transcription, to pick up one in progress after a reload. */
  latest: { id: string; status: SpeechTranscriptionStatus } | null;
  onConsentRefused(): void;
  onRunSucceeded(): void;
  /** Participants changed (one was added for a speaker). */
  onParticipantsChanged(): void;
}) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const fileId = useId();
  const hintId = useId();
  const reasonId = useId();
  const [{ data: settingsData }] = useQuery({ query: SpeechSettingsQuery });
  const settings = settingsData?.speechToText;
  const [{ fetching }, transcribe] = useMutation(TranscribeAudioMutation);
  const [{ fetching: completing }, complete] = useMutation(CompleteSpeechMutation);
  const [file, setFile] = useState<{ name: string; size: number; contentType: string; base64: string } | null>(null);
  const [reading, setReading] = useState(false);
  const [fileError, setFileError] = useState<{ key: MessageKey; size?: string } | null>(null);
  const [error, setError] = useState<CombinedError | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const { mapping, setMapping, addParticipant } = useSpeakerMapping(props.meetingId, props.onParticipantsChanged);
  const keepLatest = props.latest && (ACTIVE.includes(props.latest.status) || props.latest.status === "NEEDS_SPEAKERS") ? props.latest.id : null;
  const [followId, setFollowId] = useState<string | null>(keepLatest);
  useEffect(() => {
    if (keepLatest) setFollowId((current) => current ?? keepLatest);
  }, [keepLatest]);
  const readToken = useRef(0);

  const [{ data: followData }, refollow] = useQuery({ query: SpeechFollowQuery, variables: { id: followId ?? "" }, pause: !followId, requestPolicy: "cache-and-network" });
  const speech = followData?.speechTranscription ? getFragmentData(AudioUploadFragment, followData.speechTranscription) : null;
  const runActive = speech?.run ? ACTIVE_RUN.includes(speech.run.status) : false;
  const active = !!speech && (ACTIVE.includes(speech.status) || (speech.status === "SUCCEEDED" && runActive));
  useEffect(() => {
    if (!active) return;
    const timer = window.setInterval(() => refollow({ requestPolicy: "network-only" }), POLL_INTERVAL_MS);
    return () => window.clearInterval(timer);
  }, [active, refollow]);

  // Announce what changed, and refresh the page once the run this upload started has succeeded.
  const seen = useRef<string | null>(null);
  const status = speech ? `${speech.id}:${speech.status}:${speech.run?.status ?? ""}` : null;
  useEffect(() => {
    if (!speech || !status || seen.current === status) return;
    const first = seen.current === null;
    seen.current = status;
    if (first && !ACTIVE.includes(speech.status) && speech.id !== followId) return;
    if (speech.status === "NEEDS_SPEAKERS") announce(t("speech.announceNeedsSpeakers"));
    if (speech.status === "FAILED") announce(t("speech.announceFailed"));
    if (speech.status === "SUCCEEDED" && speech.run?.status === "SUCCEEDED") {
      announce(t("speech.announceSucceeded"));
      props.onRunSucceeded();
    }
  }, [status, speech, announce, t, props, followId]);

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    const token = ++readToken.current;
    setFile(null);
    setFileError(null);
    setError(null);
    if (!chosen) return;
    const contentType = TYPES.find(([re]) => re.test(chosen.name))?.[1];
    if (!contentType) {
      setFileError({ key: "speech.wrongType" });
      return;
    }
    if (settings && chosen.size > settings.maxBytes) {
      setFileError({ key: "speech.tooLarge", size: formatBytes(settings.maxBytes) });
      return;
    }
    setReading(true);
    try {
      const base64 = await readAsBase64(chosen);
      if (token === readToken.current) setFile({ name: chosen.name, size: chosen.size, contentType, base64 });
    } catch {
      if (token === readToken.current) setFileError({ key: "speech.readFailed" });
    } finally {
      if (token === readToken.current) setReading(false);
    }
  }

  async function upload(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    setError(null);
    const result = await transcribe({ input: { meetingId: props.meetingId, fileName: file.name, contentType: file.contentType, audioBase64: file.base64 } });
    if (result.error) {
      setError(result.error);
      if (errorCodes(result.error).includes("CONSENT_REQUIRED")) props.onConsentRefused();
      return;
    }
    const id = result.data?.transcribeAudio.speechTranscription?.id ?? null;
    setFollowId(id);
    setMapping({});
    setFile(null);
    setInputKey((k) => k + 1);
    announce(t("speech.announceUploaded"));
  }

  async function submitMapping(event: FormEvent) {
    event.preventDefault();
    if (!speech) return;
    setError(null);
    const result = await complete({ input: { id: speech.id, speakerMap: toSpeakerMap(mapping) } });
    if (result.error) setError(result.error);
  }

  const blocked: MessageKey | null = !settings
    ? null
    : !settings.enabled
      ? "speech.notConfigured"
      : props.sensitive && !settings.local
        ? "speech.sensitiveRemote"
        : !props.consentOk
          ? "speech.consentMissing"
          : null;
  const disabledReason: MessageKey | null = blocked ?? (!file ? "speech.chooseFile" : null);
  const found: FoundSpeaker[] = (speech?.speakers ?? []).map(toFoundSpeaker);
  const unmapped = unmappedSpeakers(found, mapping);

  return (
    <div className="audio-upload" data-testid="audio-upload">
      <form className="upload-form" aria-labelledby={`${fileId}-title`} onSubmit={(event) => void upload(event)}>
        <h3 id={`${fileId}-title`}>{t("speech.title")}</h3>
        {blocked === "speech.notConfigured" || blocked === "speech.sensitiveRemote" ? (
          <p className="notice upload-blocked" data-testid="audio-upload-blocked">
            {t(blocked)}
          </p>
        ) : (
          <>
            <fieldset className="plain-fieldset" disabled={!settings || blocked !== null || fetching}>
              <FilePicker
                id={fileId}
                hintId={hintId}
                inputKey={inputKey}
                accept=".wav,.mp3,.m4a,.ogg,.oga,.opus,audio/wav,audio/mpeg,audio/mp4,audio/ogg"
                label={t("speech.file")}
                buttonLabel={t("speech.chooseFileButton")}
                hint={`${t("speech.fileHint", { size: formatBytes(settings?.maxBytes ?? 0) })} ${settings?.local ? t("speech.fileHintLocal") : t("speech.fileHintRemote")}`}
                file={file}
                selectedText={(name, size) => t("speech.selected", { name, size })}
                emptyText={t("speech.noFileChosen")}
                readingText={t("speech.reading")}
                reading={reading}
                onChange={(event) => void choose(event)}
                testIds={{ input: "audio-file", selected: "audio-selected" }}
              />
            </fieldset>
            {fileError ? (
              <p className="inline-error" role="alert">
                {t(fileError.key, fileError.size ? { size: fileError.size } : undefined)}
              </p>
            ) : null}
            <p className="upload-actions">
              <button type="submit" className="button" disabled={disabledReason !== null || reading || fetching} aria-describedby={disabledReason ? reasonId : undefined} data-testid="audio-submit">
                {fetching ? t("speech.uploading") : t("speech.upload")}
              </button>
            </p>
            {disabledReason ? (
              <p id={reasonId} className={disabledReason === "speech.consentMissing" ? "notice upload-blocked" : "meta"}>
                {t(disabledReason)}
              </p>
            ) : null}
          </>
        )}
      </form>

      {speech ? (
        <div className="speech-status" role="status" data-testid="speech-status" data-status={speech.status}>
          <h4 className="subheading">{t("speech.statusTitle")}</h4>
          <p>{t(`speech.status.${speech.status}`)}</p>
          {speech.status === "FAILED" ? <p className="inline-error">{speech.failureReason ?? t("speech.failureFallback")}</p> : null}
        </div>
      ) : null}

      {speech?.status === "NEEDS_SPEAKERS" ? (
        <form onSubmit={(event) => void submitMapping(event)} data-testid="speech-speakers">
          <SpeakerMapping
            speakers={found}
            participants={props.participants}
            mapping={mapping}
            onChange={setMapping}
            intro="speakers.audioIntro"
            hint="speakers.addHintAudio"
            onAddParticipant={addParticipant}
          />
          <p className="upload-actions">
            <button type="submit" className="button" disabled={unmapped.length > 0 || completing} data-testid="speech-complete">
              {completing ? t("speech.completing") : t("speech.complete")}
            </button>
          </p>
          {unmapped.length ? <p className="meta">{t("speech.mapFirst")}</p> : null}
        </form>
      ) : null}

      {error ? (
        <p className="inline-error" role="alert" data-testid="audio-upload-error">
          {t(speechErrorKey(error))}
        </p>
      ) : null}
    </div>
  );
}

const ACTIVE_RUN: readonly string[] = ["QUEUED", "RUNNING"];

