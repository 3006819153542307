import { Link } from "react-router";
import { useI18n } from "../i18n";
import { useDocumentTitle } from "../lib/useDocumentTitle";

export function NotFoundPage() {
  const { t } = useI18n();
  useDocumentTitle(t("error.pageNotFound"));
  return (
    <section className="not-found" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t("error.pageNotFound")}</h1>
      <p>
        <Link to="/">{t("error.toDashboard")}</Link>
      </p>
    </section>
  );
}
