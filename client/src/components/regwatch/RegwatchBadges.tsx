import type { RegwatchAlertState, RegwatchChangeType, RegwatchSeverity } from "../../gql/graphql";
import { useI18n } from "../../i18n";
import { changeTypeLabel, severityLabel, stateLabel } from "./regwatchText";
import "./regwatch.css";

/** A shape per severity, so the badges differ without colour (the word is there as well). */
const SEVERITY_MARKS: Record<RegwatchSeverity, string> = { HIGH: "▲", MEDIUM: "◆", LOW: "▽" };

/** "▲ Hög": read as "Allvarlighetsgrad: Hög". */
export function SeverityBadge({ severity }: { severity: RegwatchSeverity }) {
  const { t } = useI18n();
  return (
    <span className={`badge rw-badge rw-severity rw-severity-${severity.toLowerCase()}`} data-testid="regwatch-severity" data-severity={severity}>
      <span className="rw-mark" aria-hidden="true">
        {SEVERITY_MARKS[severity]}
      </span>
      <span className="visually-hidden">{t("regwatch.severity.label")}: </span>
      {severityLabel(severity)}
    </span>
  );
}

/** "Ändrad", "Upphävd", …: what kind of change the version is. */
export function ChangeTypeBadge({ changeType }: { changeType: RegwatchChangeType }) {
  const { t } = useI18n();
  return (
    <span className={`badge rw-badge rw-change rw-change-${changeType.toLowerCase()}`} data-testid="regwatch-change-type">
      <span className="visually-hidden">{t("regwatch.changeType.label")}: </span>
      {changeTypeLabel(changeType)}
    </span>
  );
}

const STATE_MARKS: Partial<Record<RegwatchAlertState, string>> = { ACKNOWLEDGED: "✓", DISMISSED: "✕", ASSIGNED: "→" };

/** "Obehandlad", "Kvitterad", "Avfärdad", "Tilldelad". */
export function AlertStateBadge({ state }: { state: RegwatchAlertState }) {
  const { t } = useI18n();
  const mark = STATE_MARKS[state];
  return (
    <span className={`badge rw-badge rw-state rw-state-${state.toLowerCase()}`} data-testid="regwatch-state" data-state={state}>
      {mark ? (
        <span className="rw-mark" aria-hidden="true">
          {mark}
        </span>
      ) : null}
      <span className="visually-hidden">{t("regwatch.state.label")}: </span>
      {stateLabel(state)}
    </span>
  );
}
