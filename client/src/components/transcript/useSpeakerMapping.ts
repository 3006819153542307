import { useCallback, useState } from "react";
import type { FoundSpeaker } from "./SpeakerMapping";
import { useAddSpeakerParticipant } from "./useAddSpeakerParticipant";

/** A speaker as the server reports one (a file's, a speech transcription's, a stored transcript's). */
export function toFoundSpeaker(speaker: { name: string; turns: number; participant?: { id: string } | null }): FoundSpeaker {
  return { name: speaker.name, turns: speaker.turns, participantId: speaker.participant?.id ?? null };
}

/** Speakers no participant stands for yet: neither matched by the server nor mapped by the editor. */
export function unmappedSpeakers(speakers: FoundSpeaker[], mapping: Record<string, string>): FoundSpeaker[] {
  return speakers.filter((s) => !s.participantId && !mapping[s.name]);
}

/** The editor's mapping as the mutations' `speakerMap` (a speaker left on "choose" is not sent). */
export function toSpeakerMap(mapping: Record<string, string>): { speaker: string; participantId: string }[] {
  return Object.entries(mapping)
    .filter(([, participantId]) => participantId)
    .map(([speaker, participantId]) => ({ speaker, participantId }));
}

/**
 * The mapping behind a SpeakerMapping that can add a participant for a speaker in one step
 * (`addParticipant` is its `onAddParticipant`): the new participant is mapped to that speaker.
 */
export function useSpeakerMapping(meetingId: string, onParticipantAdded?: () => void) {
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const addSpeaker = useAddSpeakerParticipant(meetingId, onParticipantAdded);
  const addParticipant = useCallback(
    async (speaker: string, name: string) => {
      const participantId = await addSpeaker(name);
      if (!participantId) return false;
      setMapping((m) => ({ ...m, [speaker]: participantId }));
      return true;
    },
    [addSpeaker],
  );
  return { mapping, setMapping, addParticipant };
}
