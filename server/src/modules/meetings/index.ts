import { defineModule } from "../../platform/module";
import { Meeting } from "./meeting.entity";
import { meetingPermissions } from "./meeting.permissions";
import { MeetingResolver, ParticipantResolver } from "./meeting.resolver";
import { Participant } from "./participant.entity";

export const meetingsModule = defineModule({
  key: "MEETINGS",
  description: "Meetings, their agenda, participants and consent, and the sensitivity (Fort Knox) flag.",
  entities: [Meeting, Participant],
  resolvers: [MeetingResolver, ParticipantResolver],
  permissions: meetingPermissions,
  nodeTypes: { Meeting: { entity: Meeting }, Participant: { entity: Participant } },
  topics: ["org.<orgId>.meeting"],
});
