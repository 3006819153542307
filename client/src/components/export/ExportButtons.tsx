import { useState } from "react";
import { useAuth } from "../../auth/AuthContext";
import { useI18n, type MessageKey } from "../../i18n";
import { useAnnounce } from "../LiveAnnouncer";
import { ExportError, fetchExport, saveFile, type ActionItemExportFilter, type ExportRequest } from "./exportFile";
import "./export.css";

const ERROR_KEYS: Partial<Record<string, MessageKey>> = {
  NOT_FOUND: "export.error.notFound",
  BAD_USER_INPUT: "export.error.tooMany",
  RATE_LIMITED: "export.error.rateLimited",
  OFFLINE: "export.error.offline",
};

interface ExportButtonSpec {
  label: MessageKey;
  testId: string;
  request: ExportRequest;
}

/**
 * A group of download buttons ("Ladda ned (PDF)"), named by `groupLabel` for screen readers. One
 * download at a time per group; the result is announced, a failure is said beside the buttons.
 */
function ExportButtonGroup({ groupLabel, buttons, testId }: { groupLabel: string; buttons: ExportButtonSpec[]; testId: string }) {
  const { t } = useI18n();
  const { token, signOut } = useAuth();
  const announce = useAnnounce();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<MessageKey | null>(null);

  async function download(button: ExportButtonSpec) {
    setBusy(button.testId);
    setError(null);
    try {
      const file = await fetchExport(button.request, token);
      saveFile(file);
      announce(t("export.done", { filename: file.fileName }));
    } catch (caught) {
      const code = caught instanceof ExportError ? caught.code : "INTERNAL_SERVER_ERROR";
      if (code === "UNAUTHENTICATED") signOut("expired");
      else setError(ERROR_KEYS[code] ?? "export.error.generic");
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="export-buttons" data-testid={testId}>
      <div className="button-row" role="group" aria-label={groupLabel}>
        {buttons.map((button) => (
          <button
            key={button.testId}
            type="button"
            className="button button-secondary button-small"
            disabled={busy !== null}
            aria-busy={busy === button.testId ? true : undefined}
            onClick={() => void download(button)}
            data-testid={button.testId}
          >
            {busy === button.testId ? t("export.busy") : t(button.label)}
          </button>
        ))}
      </div>
      {error ? (
        <p className="inline-error" role="alert">
          {t(error)}
        </p>
      ) : null}
    </div>
  );
}

/** "Ladda ned (Markdown)" and "Ladda ned (PDF)" for one brief version. */
export function BriefExportButtons({ briefId, version, testIdPrefix }: { briefId: string; version: number; testIdPrefix: string }) {
  const { t } = useI18n();
  return (
    <ExportButtonGroup
      groupLabel={t("export.group.brief", { version })}
      testId={`${testIdPrefix}-export`}
      buttons={[
        { label: "export.markdown", testId: `${testIdPrefix}-export-md`, request: { field: "briefExport", variables: { id: briefId, format: "MARKDOWN" } } },
        { label: "export.pdf", testId: `${testIdPrefix}-export-pdf`, request: { field: "briefExport", variables: { id: briefId, format: "PDF" } } },
      ]}
    />
  );
}

/** The meeting's decisions as Markdown or PDF. */
export function DecisionsExportButtons({ meetingId }: { meetingId: string }) {
  const { t } = useI18n();
  return (
    <ExportButtonGroup
      groupLabel={t("export.group.decisions")}
      testId="decisions-export"
      buttons={[
        { label: "export.markdown", testId: "decisions-export-md", request: { field: "decisionsExport", variables: { meetingId, format: "MARKDOWN" } } },
        { label: "export.pdf", testId: "decisions-export-pdf", request: { field: "decisionsExport", variables: { meetingId, format: "PDF" } } },
      ]}
    />
  );
}

/** Action items as CSV: a meeting's (`filter.meetingId`) or a list such as Mina åtgärder. */
export function ActionItemsExportButton({ filter, groupLabel, testId }: { filter: ActionItemExportFilter; groupLabel: MessageKey; testId: string }) {
  const { t } = useI18n();
  return (
    <ExportButtonGroup
      groupLabel={t(groupLabel)}
      testId={testId}
      buttons={[{ label: "export.csv", testId: `${testId}-csv`, request: { field: "actionItemsExport", variables: { filter } } }]}
    />
  );
}
