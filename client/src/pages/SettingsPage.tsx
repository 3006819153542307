import { useQuery } from "urql";
import { graphql } from "../gql";
import { ApiTokensSection } from "../components/settings/ApiTokensSection";
import { UsersSection } from "../components/settings/UsersSection";
import { ErrorBanner, Loading } from "../components/Status";
import { useI18n } from "../i18n";
import { useDocumentTitle } from "../lib/useDocumentTitle";

const SettingsViewerQuery = graphql(`
  query SettingsViewer {
    viewer {
      canAdmin
      user {
        id
      }
    }
  }
`);

/** /installningar: users and integrator API tokens (admins only). */
export function SettingsPage() {
  const { t } = useI18n();
  useDocumentTitle(t("settings.title"));
  const [{ data, fetching, error }, refetch] = useQuery({ query: SettingsViewerQuery });

  let body;
  if (!data && fetching) {
    body = <Loading label={t("settings.loading")} />;
  } else if (!data) {
    body = <ErrorBanner error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />;
  } else if (!data.viewer.canAdmin) {
    body = (
      <section className="notice settings-no-access" data-testid="settings-no-access" aria-labelledby="settings-no-access-title">
        <h2 id="settings-no-access-title">{t("settings.noAccess.title")}</h2>
        <p>{t("settings.noAccess.body")}</p>
      </section>
    );
  } else {
    body = (
      <div className="settings-sections">
        <UsersSection viewerUserId={data.viewer.user.id} />
        <ApiTokensSection />
      </div>
    );
  }

  return (
    <div className="settings-page">
      <div className="page-heading">
        <h1>{t("settings.title")}</h1>
      </div>
      {data?.viewer.canAdmin ? <p className="lead">{t("settings.intro")}</p> : null}
      {body}
    </div>
  );
}
