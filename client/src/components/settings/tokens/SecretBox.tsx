import { useEffect, useId, useRef, useState } from "react";
import { GRAPHQL_PATH } from "../../../graphql/client";
import { useI18n } from "../../../i18n";

function exampleCurl(secret: string): string {
  const url = `${window.location.origin}${GRAPHQL_PATH}`;
  return [
    `curl -X POST ${url} \\`,
    `  -H "Authorization: Bearer ${secret}" \\`,
    `  -H "Content-Type: application/json" \\`,
    `  -d '{"query":"{ viewer { role } }"}'`,
  ].join("\n");
}

/** The new secret, shown this once, with a copy button and an example request. */
export function SecretBox({ label, secret, onDone }: { label: string; secret: string; onDone(): void }) {
  const { t } = useI18n();
  const titleId = useId();
  const box = useRef<HTMLElement>(null);
  const code = useRef<HTMLElement>(null);
  const [copyState, setCopyState] = useState<"idle" | "copied" | "failed">("idle");

  useEffect(() => {
    box.current?.focus();
  }, []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(secret);
      setCopyState("copied");
    } catch {
      // No clipboard (e.g. an insecure origin): select the text so it can be copied by hand.
      const node = code.current;
      const selection = window.getSelection();
      if (node && selection) {
        const range = document.createRange();
        range.selectNodeContents(node);
        selection.removeAllRanges();
        selection.addRange(range);
      }
      setCopyState("failed");
    }
  }

  return (
    <section ref={box} tabIndex={-1} className="secret-box" aria-labelledby={titleId} data-testid="api-token-secret-box">
      <h3 id={titleId}>{t("settings.tokens.secret.title", { label })}</h3>
      <p className="secret-warning">
        <span aria-hidden="true">⚠ </span>
        <strong>{t("settings.tokens.secret.warning")}</strong>
      </p>
      <p>{t("settings.tokens.secret.explain")}</p>
      <div className="secret-row">
        <span className="visually-hidden">{t("settings.tokens.secret.label")}: </span>
        <code ref={code} className="secret-value" data-testid="api-token-secret">
          {secret}
        </code>
        <button type="button" className="button" onClick={() => void copy()}>
          {t("settings.tokens.secret.copy")}
        </button>
      </div>
      <p className="meta" role="status">
        {copyState === "copied" ? t("settings.tokens.secret.copied") : copyState === "failed" ? t("settings.tokens.secret.copyFailed") : ""}
      </p>
      <p className="field-label">{t("settings.tokens.secret.example")}</p>
      <pre className="secret-example" data-testid="api-token-curl">
        <code>{exampleCurl(secret)}</code>
      </pre>
      <div className="form-actions">
        <button type="button" className="button button-secondary" onClick={onDone}>
          {t("settings.tokens.secret.done")}
        </button>
      </div>
    </section>
  );
}
