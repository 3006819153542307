import { graphql, getFragmentData, type FragmentType } from "../../gql";
import { useI18n } from "../../i18n";
import { icsFilename } from "../../lib/calendar";
import { useAnnounce } from "../LiveAnnouncer";

export const CalendarDownloadButtonFragment = graphql(`
  fragment CalendarDownloadButton_Meeting on Meeting {
    id
    title
    icalendar
  }
`);

/**
 * "Lägg till i kalendern (.ics)": the meeting as an iCalendar file, made by the server
 * (`Meeting.icalendar`, UID `<id>@postboxen`) and saved from a Blob, so no second request is needed.
 */
export function CalendarDownloadButton(props: { meeting: FragmentType<typeof CalendarDownloadButtonFragment> }) {
  const meeting = getFragmentData(CalendarDownloadButtonFragment, props.meeting);
  const { t } = useI18n();
  const announce = useAnnounce();

  function download() {
    const filename = icsFilename(meeting.title);
    const url = URL.createObjectURL(new Blob([meeting.icalendar], { type: "text/calendar;charset=utf-8" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = filename;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    // Revoked later: the browser may still be reading the Blob when click() returns.
    window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
    announce(t("meeting.downloadIcsDone", { filename }));
  }

  return (
    <button type="button" className="button button-secondary" onClick={download} data-testid="meeting-ics-download">
      {t("meeting.downloadIcs")}
    </button>
  );
}
