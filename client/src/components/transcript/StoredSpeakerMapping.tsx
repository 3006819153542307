import { useState, type FormEvent } from "react";
import { useMutation, useQuery, type CombinedError } from "urql";
import { graphql } from "../../gql";
import type { ConsentStatus } from "../../gql/graphql";
import { errorMessageKey } from "../../graphql/errors";
import { useI18n } from "../../i18n";
import { useAnnounce } from "../LiveAnnouncer";
import { SpeakerMapping, type FoundSpeaker } from "./SpeakerMapping";
import { toFoundSpeaker, toSpeakerMap, unmappedSpeakers, useSpeakerMapping } from "./useSpeakerMapping";

const StoredSpeakersQuery = graphql(`
  query StoredTranscriptSpeakers($meetingId: ID!) {
    meeting(id: $meetingId) {
      id
      transcript {
        id
        speakers {
          name
          turns
          participant {
            id
          }
        }
      }
    }
  }
`);

const SetTranscriptSpeakerMapMutation = graphql(`
  mutation SetTranscriptSpeakerMap($input: SetTranscriptSpeakerMapInput!) {
    setTranscriptSpeakerMap(input: $input) {
      run {
        id
        ...RunPayload_ExtractionRun
      }
    }
  }
`);

/**
 * The stored transcript's speakers whom no participant stands for (a participant removed, a label
 * never mapped): the editor maps them — or adds them as participants — and the analysis runs again.
 * Renders nothing while every speaker is matched. Editors only (the speakers are the text's).
 */
export function StoredSpeakerMapping(props: { meetingId: string; transcriptId: string; participants: { id: string; name: string; consent: ConsentStatus }[]; onChanged(): void }) {
  const { t } = useI18n();
  const announce = useAnnounce();
  // Keyed by the transcript and the participants: a new upload or a new participant asks again.
  const [{ data }, refetch] = useQuery({ query: StoredSpeakersQuery, variables: { meetingId: props.meetingId }, requestPolicy: "cache-and-network" });
  const [{ fetching }, save] = useMutation(SetTranscriptSpeakerMapMutation);
  const [error, setError] = useState<CombinedError | null>(null);
  const { mapping, setMapping, addParticipant } = useSpeakerMapping(props.meetingId, () => {
    props.onChanged();
    refetch({ requestPolicy: "network-only" });
  });
  const speakers: FoundSpeaker[] = (data?.meeting?.transcript?.id === props.transcriptId ? data.meeting.transcript.speakers : []).map(toFoundSpeaker);
  if (!speakers.some((s) => !s.participantId)) return null;
  const unmapped = unmappedSpeakers(speakers, mapping);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const result = await save({ input: { meetingId: props.meetingId, speakerMap: toSpeakerMap(mapping) } });
    if (result.error) {
      setError(result.error);
      return;
    }
    setMapping({});
    announce(t("speakers.storedSaved"));
    refetch({ requestPolicy: "network-only" });
  }

  return (
    <form className="stored-speakers" onSubmit={(event) => void submit(event)} data-testid="stored-speakers">
      <h3>{t("speakers.storedTitle")}</h3>
      <SpeakerMapping
        speakers={speakers}
        participants={props.participants}
        mapping={mapping}
        onChange={setMapping}
        intro="speakers.storedIntro"
        hint="speakers.addHintAudio"
        onAddParticipant={addParticipant}
      />
      <p className="upload-actions">
        <button type="submit" className="button" disabled={unmapped.length > 0 || fetching} data-testid="stored-speakers-save">
          {fetching ? t("speakers.storedSaving") : t("speakers.storedSave")}
        </button>
      </p>
      {error ? (
        <p className="inline-error" role="alert">
          {t(errorMessageKey(error))}
        </p>
      ) : null}
    </form>
  );
}
