import { useEffect } from "react";
import { t } from "../i18n";

/** Sets the tab title to "<page> – Postboxen" while the page is shown. */
export function useDocumentTitle(page: string | null | undefined): void {
  useEffect(() => {
    if (page) document.title = t("app.documentTitle", { page });
  }, [page]);
}
