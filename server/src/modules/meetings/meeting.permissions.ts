import { allow, fields, isEditor, isViewer } from "../../platform/authz";
import { connectionRules } from "../../platform/pagination";

export const meetingPermissions = {
  Query: { meeting: isViewer, meetings: isViewer },
  Mutation: fields(["createMeeting", "updateMeeting", "addParticipant", "setParticipantConsent", "removeParticipant"], isEditor),
  Subscription: { meetingChanged: isViewer },
  Meeting: fields(
    [
      "id",
      "title",
      "startsAt",
      "endsAt",
      "status",
      "sensitivity",
      "location",
      "agendaItems",
      "organizer",
      "participants",
      "decisions",
      "actionItems",
      "briefs",
      "viewerCanEdit",
      "createdAt",
      "updatedAt",
    ],
    isViewer,
  ),
  Participant: fields(["id", "stakeholder", "role", "consent", "consentUpdatedAt", "createdAt", "updatedAt"], isViewer),
  MeetingPayload: fields(["meeting"], allow),
  ParticipantPayload: fields(["participant"], allow),
  RemoveParticipantPayload: fields(["removedParticipantId"], allow),
  PageInfo: fields(["hasNextPage", "endCursor"], allow),
  ...connectionRules("Meeting"),
};
