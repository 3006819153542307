import type { ReactNode } from "react";
import { graphql, getFragmentData, type FragmentType } from "../gql";
import { useI18n } from "../i18n";
import { ConsentBadge } from "./Badges";

export const ParticipantItemFragment = graphql(`
  fragment ParticipantItem_Participant on Participant {
    id
    consent
    consentUpdatedAt
    stakeholder {
      id
      name
      title
      organization
    }
  }
`);

export interface ParticipantItemProps {
  participant: FragmentType<typeof ParticipantItemFragment>;
  /** Controls shown under the consent (the consent editor for editors). */
  children?: ReactNode;
}

export function ParticipantItem(props: ParticipantItemProps) {
  const participant = getFragmentData(ParticipantItemFragment, props.participant);
  const { t, formatDateTime } = useI18n();
  const { stakeholder } = participant;
  const role = [stakeholder.title, stakeholder.organization].filter(Boolean).join(", ");
  return (
    <li className="participant" data-testid="participant">
      <div>
        <span className="participant-name">{stakeholder.name}</span>
        {role ? <span className="meta"> · {role}</span> : null}
      </div>
      <div className="participant-consent">
        <ConsentBadge consent={participant.consent} />
        {participant.consentUpdatedAt ? (
          <span className="meta">
            {" "}
            {t("meeting.consentUpdated", { date: formatDateTime(participant.consentUpdatedAt) })}
          </span>
        ) : null}
      </div>
      {props.children ? <div className="participant-controls">{props.children}</div> : null}
    </li>
  );
}
