import { useCallback } from "react";
import { useMutation } from "urql";
import { graphql } from "../../gql";
import { AddParticipantMutation } from "../../graphql/meetings";
import { useI18n } from "../../i18n";
import { useToast } from "../Toast";

const CreateSpeakerStakeholderMutation = graphql(`
  mutation CreateSpeakerStakeholder($input: CreateStakeholderInput!) {
    createStakeholder(input: $input) {
      stakeholder {
        id
        name
      }
    }
  }
`);

/**
 * "Lägg till som ny deltagare" for a speaker no participant stands for: a stakeholder with the
 * name the editor typed, added to the meeting (consent PENDING, as for any new participant).
 * Returns the new participant's id, or null (a toast says why).
 */
export function useAddSpeakerParticipant(meetingId: string, onAdded?: () => void): (name: string) => Promise<string | null> {
  const { t } = useI18n();
  const toast = useToast();
  const [, createStakeholder] = useMutation(CreateSpeakerStakeholderMutation);
  const [, addParticipant] = useMutation(AddParticipantMutation);
  return useCallback(
    async (name: string) => {
      const created = await createStakeholder({ input: { name } });
      const stakeholderId = created.data?.createStakeholder.stakeholder?.id;
      if (created.error || !stakeholderId) {
        toast({ message: t("speakers.addFailed") });
        return null;
      }
      const added = await addParticipant({ input: { meetingId, stakeholderId } });
      const participantId = added.data?.addParticipant.participant?.id;
      if (added.error || !participantId) {
        toast({ message: t("speakers.addFailed") });
        return null;
      }
      toast({ message: t("speakers.added", { name }) });
      onAdded?.();
      return participantId;
    },
    [createStakeholder, addParticipant, meetingId, onAdded, t, toast],
  );
}
