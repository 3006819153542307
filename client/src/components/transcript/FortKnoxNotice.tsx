import { useI18n } from "../../i18n";
import { SensitiveBadge } from "../Badges";

/** A sensitive meeting's transcript is only ever processed locally: said at the top of the panel. */
export function FortKnoxNotice() {
  const { t } = useI18n();
  return (
    <div className="fort-knox" data-testid="fort-knox">
      <p className="badges">
        <span className="badge badge-fort-knox">
          <LockIcon />
          {t("transcript.fortKnox")}
        </span>
        <SensitiveBadge />
      </p>
      <p className="fort-knox-text">{t("transcript.sensitiveNotice")}</p>
      <p className="meta">{t("transcript.sensitiveHint")}</p>
    </div>
  );
}

/** A padlock; an SVG rather than an emoji, which not every system has a font for. */
function LockIcon() {
  return (
    <svg className="icon" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M8 1a3.5 3.5 0 0 0-3.5 3.5V7H4a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1h8a1 1 0 0 0 1-1V8a1 1 0 0 0-1-1h-.5V4.5A3.5 3.5 0 0 0 8 1Zm2 6H6V4.5a2 2 0 1 1 4 0V7Z"
      />
    </svg>
  );
}
