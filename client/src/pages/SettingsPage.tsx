import { useOutletContext } from "react-router";
import { ApiTokensSection } from "../components/settings/ApiTokensSection";
import { UsersSection } from "../components/settings/UsersSection";
import { useI18n } from "../i18n";
import { useDocumentTitle } from "../lib/useDocumentTitle";
import type { SettingsOutletContext } from "./SettingsLayout";

/** /installningar: users and integrator API tokens (admins only; SettingsLayout checks). */
export function SettingsPage() {
  const { t } = useI18n();
  useDocumentTitle(t("settings.title"));
  const { viewerUserId } = useOutletContext<SettingsOutletContext>();
  return (
    <div className="settings-sections">
      <UsersSection viewerUserId={viewerUserId} />
      <ApiTokensSection />
    </div>
  );
}
