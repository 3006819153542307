import { useId } from "react";
import type { AuditAction } from "../../gql/graphql";
import { useI18n } from "../../i18n";

/** The kinds, grouped the way an admin looks for them. */
export const AUDIT_GROUPS = {
  users: ["USER_CREATED", "USER_ROLE_CHANGED", "USER_DEACTIVATED", "USER_REACTIVATED"],
  meetings: ["SENSITIVITY_CHANGED", "CONSENT_CHANGED", "PARTICIPANT_REMOVED"],
  transcripts: ["TRANSCRIPT_ATTACHED", "TRANSCRIPT_REFUSED_CONSENT", "TRANSCRIPT_DELETED_CONSENT_WITHDRAWN", "EXTRACTION_REFUSED_SENSITIVE", "EXTRACTION_REFUSED_CONSENT"],
  jobs: ["JOB_REPLAYED", "JOB_DISCARDED"],
} as const satisfies Record<string, readonly AuditAction[]>;
type Group = keyof typeof AUDIT_GROUPS;
const GROUPS = Object.keys(AUDIT_GROUPS) as Group[];
const ALL_ACTIONS: readonly string[] = GROUPS.flatMap((group) => AUDIT_GROUPS[group]);

/** The address's `typ` (comma-separated kinds) as a filter; unknown kinds are dropped. */
export function parseAuditKinds(param: string | null): AuditAction[] {
  if (!param) return [];
  return [...new Set(param.split(","))].filter((kind): kind is AuditAction => ALL_ACTIONS.includes(kind));
}

/** One choice: every kind, a group of kinds, or one kind. The value is the comma-separated kinds. */
export function AuditLogFilter({ kinds, onChange }: { kinds: AuditAction[]; onChange(next: AuditAction[]): void }) {
  const { t } = useI18n();
  const selectId = useId();
  const value = kinds.join(",");
  // A combination no option stands for (an edited address) still shows as chosen.
  const known = value === "" || GROUPS.some((g) => AUDIT_GROUPS[g].join(",") === value) || (kinds.length === 1 && ALL_ACTIONS.includes(value));

  return (
    <form className="settings-form" role="search" aria-label={t("auditLog.filter.label")} onSubmit={(event) => event.preventDefault()} data-testid="audit-log-filter">
      <div className="field">
        <label htmlFor={selectId}>{t("auditLog.filter.kind")}</label>
        <select id={selectId} className="select" value={value} onChange={(event) => onChange(parseAuditKinds(event.target.value))} data-testid="audit-log-kind">
          <option value="">{t("auditLog.filter.all")}</option>
          {GROUPS.map((group) => (
            <optgroup key={group} label={t(`auditLog.group.${group}`)}>
              <option value={AUDIT_GROUPS[group].join(",")}>{t("auditLog.group.all", { group: t(`auditLog.group.${group}`) })}</option>
              {AUDIT_GROUPS[group].map((kind) => (
                <option key={kind} value={kind}>
                  {t(`auditLog.action.${kind}`)}
                </option>
              ))}
            </optgroup>
          ))}
          {known ? null : <option value={value}>{kinds.map((kind) => t(`auditLog.action.${kind}`)).join(", ")}</option>}
        </select>
      </div>
    </form>
  );
}
