import { useState } from "react";
import { useMutation } from "urql";
import { graphql } from "../../../gql";
import { hasErrorCode } from "../../../graphql/errors";
import { useI18n, type MessageKey } from "../../../i18n";
import { ConfirmDialog } from "../../ConfirmDialog";
import { useAnnounce } from "../../LiveAnnouncer";

const SetUserActiveMutation = graphql(`
  mutation SetUserActive($input: SetUserActiveInput!) {
    setUserActive(input: $input) {
      user {
        id
        active
      }
    }
  }
`);

export interface UserActiveToggleProps {
  user: { id: string; name: string; active: boolean };
  /** Where a failure is shown (the row's error line). */
  onError(key: MessageKey | null): void;
}

/**
 * "Avaktivera" / "Återaktivera" behind a confirmation. A deactivated user is signed out at once
 * (the server drops their sessions and stops their API tokens), so the dialog says so first.
 */
export function UserActiveToggle({ user, onError }: UserActiveToggleProps) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const [confirming, setConfirming] = useState(false);
  const [{ fetching }, setActive] = useMutation(SetUserActiveMutation);
  const next = !user.active;
  const names = { name: user.name };

  async function confirm() {
    setConfirming(false);
    onError(null);
    const result = await setActive({ input: { id: user.id, active: next } });
    if (result.error) {
      onError(hasErrorCode(result.error, "CONFLICT") ? "settings.users.selfDeactivate" : "settings.users.statusFailed");
      return;
    }
    announce(t(next ? "settings.users.reactivated" : "settings.users.deactivated", names));
  }

  return (
    <>
      <button
        type="button"
        className={next ? "button button-secondary" : "button button-danger-secondary"}
        disabled={fetching}
        aria-label={t(next ? "settings.users.reactivateFor" : "settings.users.deactivateFor", names)}
        data-testid={next ? "user-reactivate" : "user-deactivate"}
        onClick={() => setConfirming(true)}
      >
        {t(next ? "settings.users.reactivate" : "settings.users.deactivate")}
      </button>
      <ConfirmDialog
        open={confirming}
        title={t(next ? "settings.users.reactivate.title" : "settings.users.deactivate.title", names)}
        body={t(next ? "settings.users.reactivate.body" : "settings.users.deactivate.body", names)}
        confirmLabel={t(next ? "settings.users.reactivate.confirm" : "settings.users.deactivate.confirm")}
        cancelLabel={t("settings.users.cancel")}
        danger={!next}
        onConfirm={() => void confirm()}
        onCancel={() => setConfirming(false)}
      />
    </>
  );
}
