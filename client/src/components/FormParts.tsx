import type { CombinedError } from "urql";
import { errorMessageKey } from "../graphql/errors";
import { useI18n } from "../i18n";

/** A refused change, in Swedish, announced (never the server's own message). */
export function InlineError({ error, testId }: { error: CombinedError | null | undefined; testId?: string }) {
  const { t } = useI18n();
  if (!error) return null;
  return (
    <p className="inline-error" role="alert" data-testid={testId}>
      {t(errorMessageKey(error))}
    </p>
  );
}

/** A form's submit and cancel buttons; the submit says "Sparar …" while saving. */
export function SaveCancel({ saving, label, onCancel }: { saving: boolean; label: string; onCancel(): void }) {
  const { t } = useI18n();
  return (
    <div className="form-actions">
      <button type="submit" className="button">
        {saving ? t("actionItem.saving") : label}
      </button>
      <button type="button" className="button button-secondary" onClick={onCancel}>
        {t("meetingForm.cancel")}
      </button>
    </div>
  );
}
