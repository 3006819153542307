import { Link, useNavigate } from "react-router";
import { useQuery } from "urql";
import { graphql } from "../gql";
import { MeetingForm } from "../components/meetings/MeetingForm";
import { ErrorBanner, Loading } from "../components/Status";
import { useToast } from "../components/Toast";
import { useI18n } from "../i18n";
import { useDocumentTitle } from "../lib/useDocumentTitle";

const NewMeetingViewerQuery = graphql(`
  query NewMeetingViewer {
    viewer {
      canEdit
      canAdmin
    }
  }
`);

/** /moten/nytt: a new meeting, then its page (to add participants and the transcript). */
export function NewMeetingPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const toast = useToast();
  useDocumentTitle(t("meetingForm.createHeading"));
  const [{ data, fetching, error }] = useQuery({ query: NewMeetingViewerQuery });
  if (!data && fetching) return <Loading />;
  if (!data) return <ErrorBanner error={error} />;
  return (
    <section className="new-meeting-page">
      <p className="back-link">
        <Link to="/moten">← {t("meetings.back")}</Link>
      </p>
      {data.viewer.canEdit ? (
        <div className="panel">
          <MeetingForm
            headingLevel={1}
            canAdmin={data.viewer.canAdmin}
            onDone={(id) => {
              if (!id) {
                navigate("/moten");
                return;
              }
              toast({ message: t("meetingForm.created") });
              navigate(`/moten/${encodeURIComponent(id)}`);
            }}
          />
        </div>
      ) : (
        <>
          <h1>{t("meetingForm.createHeading")}</h1>
          <ErrorBanner messageKey="meetingForm.editorsOnly" />
        </>
      )}
    </section>
  );
}
