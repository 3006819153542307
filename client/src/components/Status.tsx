import type { CombinedError } from "urql";
import { useI18n, type MessageKey } from "../i18n";
import { errorMessageKey } from "../graphql/errors";

export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <p className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label ?? t("app.loading")}
    </p>
  );
}

export function EmptyState({ messageKey }: { messageKey: MessageKey }) {
  const { t } = useI18n();
  return <p className="empty">{t(messageKey)}</p>;
}

export interface ErrorBannerProps {
  error?: CombinedError | null;
  messageKey?: MessageKey;
  onRetry?: () => void;
}

/** A Swedish error message; never the server's raw message. */
export function ErrorBanner({ error, messageKey, onRetry }: ErrorBannerProps) {
  const { t } = useI18n();
  const key = messageKey ?? errorMessageKey(error);
  return (
    <div className="error-banner" role="alert" data-testid="error-banner">
      <p>
        <strong>{t("error.title")}:</strong> {t(key)}
      </p>
      {onRetry ? (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t("error.retry")}
        </button>
      ) : null}
    </div>
  );
}

/**
 * A "Visa fler" page's state as a list item: loading, failed (with a retry), or the list's empty
 * text (only for the first page). Null once there are rows to show.
 */
export function PageStatusItem(props: {
  loading: boolean;
  error?: CombinedError | null;
  failed: boolean;
  empty: boolean;
  loadingLabel: string;
  emptyKey: MessageKey;
  onRetry(): void;
}) {
  if (props.loading) {
    return (
      <li>
        <Loading label={props.loadingLabel} />
      </li>
    );
  }
  if (props.failed) {
    return (
      <li>
        <ErrorBanner error={props.error} onRetry={props.onRetry} />
      </li>
    );
  }
  if (props.empty) {
    return (
      <li>
        <EmptyState messageKey={props.emptyKey} />
      </li>
    );
  }
  return null;
}
