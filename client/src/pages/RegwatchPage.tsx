import type { ReactNode } from "react";
import { NavLink, Route, Routes } from "react-router";
import { useQuery } from "urql";
import { AlertDetail } from "../components/regwatch/AlertDetail";
import { RegwatchFeed } from "../components/regwatch/RegwatchFeed";
import { SourcesSection } from "../components/regwatch/SourcesSection";
import { TopicsSection } from "../components/regwatch/TopicsSection";
import { ErrorBanner, Loading } from "../components/Status";
import { RegwatchViewerQuery } from "../graphql/regwatch";
import { useI18n } from "../i18n";
import { useDocumentTitle } from "../lib/useDocumentTitle";
import { NotFoundPage } from "./NotFoundPage";

/** The heading, the intro and the tabs (Ändringar, and Inställningar for admins) of the feed and the settings. */
function RegwatchLayout({ canAdmin, children }: { canAdmin: boolean; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="rw-page">
      <div className="page-heading">
        <h1>{t("regwatch.title")}</h1>
      </div>
      <p className="lead">{t("regwatch.intro")}</p>
      {canAdmin ? (
        <nav className="sub-nav" aria-label={t("regwatch.nav.label")}>
          <ul>
            <li>
              <NavLink to="/omvarldsbevakning" end>
                {t("regwatch.nav.feed")}
              </NavLink>
            </li>
            <li>
              <NavLink to="/omvarldsbevakning/installningar">{t("regwatch.nav.settings")}</NavLink>
            </li>
          </ul>
        </nav>
      ) : null}
      {children}
    </div>
  );
}

/** /omvarldsbevakning/installningar: topics and sources (admins; everyone else is told so). */
function RegwatchSettings({ canAdmin }: { canAdmin: boolean }) {
  const { t } = useI18n();
  useDocumentTitle(t("regwatch.settings.title"));
  if (!canAdmin) {
    return (
      <section className="notice settings-no-access" data-testid="regwatch-settings-no-access" aria-labelledby="rw-no-access-title">
        <h2 id="rw-no-access-title">{t("regwatch.settings.noAccessTitle")}</h2>
        <p>{t("regwatch.settings.noAccessBody")}</p>
      </section>
    );
  }
  return (
    <div className="rw-settings" data-testid="regwatch-settings">
      <TopicsSection />
      <SourcesSection />
    </div>
  );
}

/**
 * Omvärldsbevakning: /omvarldsbevakning (the live feed), /omvarldsbevakning/:id (an alert, as
 * pre-briefs link it) and /omvarldsbevakning/installningar (topics and sources, admins).
 */
export function RegwatchPage() {
  const [{ data, fetching, error }, refetch] = useQuery({ query: RegwatchViewerQuery });
  const canAdmin = data?.viewer.canAdmin ?? false;
  const settings = !data ? (
    fetching ? (
      <Loading />
    ) : (
      <ErrorBanner error={error} onRetry={() => refetch({ requestPolicy: "network-only" })} />
    )
  ) : (
    <RegwatchSettings canAdmin={canAdmin} />
  );
  return (
    <Routes>
      <Route
        index
        element={
          <RegwatchLayout canAdmin={canAdmin}>
            <RegwatchFeed />
          </RegwatchLayout>
        }
      />
      <Route path="installningar" element={<RegwatchLayout canAdmin={canAdmin}>{settings}</RegwatchLayout>} />
      <Route path=":id" element={<AlertDetail />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
