import { Link } from "react-router";
import { graphql, getFragmentData, type FragmentType } from "../gql";
import { useI18n } from "../i18n";
import { MeetingStatusBadge, SensitiveBadge } from "./Badges";

export const MeetingListItemFragment = graphql(`
  fragment MeetingListItem_Meeting on Meeting {
    id
    title
    startsAt
    endsAt
    status
    sensitivity
    location
  }
`);

export function MeetingListItem(props: { meeting: FragmentType<typeof MeetingListItemFragment> }) {
  const meeting = getFragmentData(MeetingListItemFragment, props.meeting);
  const { formatTimeRange } = useI18n();
  return (
    <li className="card meeting-item" data-testid="meeting-item">
      <h3 className="card-title">
        <Link to={`/moten/${encodeURIComponent(meeting.id)}`}>{meeting.title}</Link>
      </h3>
      <p className="meta">
        <time dateTime={meeting.startsAt}>{formatTimeRange(meeting.startsAt, meeting.endsAt)}</time>
        {meeting.location ? <span> · {meeting.location}</span> : null}
      </p>
      <p className="badges">
        <MeetingStatusBadge status={meeting.status} />
        {meeting.sensitivity === "SENSITIVE" ? <SensitiveBadge /> : null}
      </p>
    </li>
  );
}
