import { useId, useState, type FormEvent } from "react";
import { useMutation, useQuery, type CombinedError } from "urql";
import { AddParticipantMutation, ParticipantCandidatesQuery, RemoveParticipantMutation } from "../../graphql/meetings";
import { useI18n } from "../../i18n";
import { ConfirmDialog } from "../ConfirmDialog";
import { InlineError } from "../FormParts";
import { useToast } from "../Toast";

/**
 * "Lägg till deltagare": a colleague (a user of the organisation) or a stakeholder, with an optional
 * role. A new participant's consent is pending until it is recorded.
 */
export function AddParticipantForm(props: { meetingId: string; present: { stakeholderId: string; name: string }[]; onAdded(): void }) {
  const { meetingId, present, onAdded } = props;
  const { t } = useI18n();
  const id = useId();
  const toast = useToast();
  const [{ data }] = useQuery({ query: ParticipantCandidatesQuery });
  const [{ fetching }, add] = useMutation(AddParticipantMutation);
  const [choice, setChoice] = useState("");
  const [role, setRole] = useState("");
  const [error, setError] = useState<CombinedError | null>(null);
  const [missing, setMissing] = useState(false);

  const taken = new Set(present.map((p) => p.stakeholderId));
  const takenNames = new Set(present.map((p) => p.name));
  const users = (data?.assignableUsers ?? []).filter((u) => !takenNames.has(u.name));
  const stakeholders = (data?.stakeholders.nodes ?? []).filter((s) => !taken.has(s.id));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (!choice) {
      setMissing(true);
      return;
    }
    setMissing(false);
    const [kind, value] = choice.split(":", 2) as ["user" | "stakeholder", string];
    const input = { meetingId, role: role.trim() || null, ...(kind === "user" ? { userId: value } : { stakeholderId: value }) };
    const result = await add({ input });
    if (result.error) {
      setError(result.error);
      return;
    }
    const name = result.data?.addParticipant.participant?.stakeholder.name ?? "";
    toast({ message: t("participants.added", { name }) });
    setChoice("");
    setRole("");
    onAdded();
  }

  return (
    <form className="add-participant" onSubmit={submit} noValidate data-testid="add-participant">
      <h3 className="subheading">{t("participants.addHeading")}</h3>
      <fieldset className="plain-fieldset" disabled={fetching}>
        <div className="form-grid">
          <div className="field">
            <label htmlFor={`${id}-who`}>{t("participants.who")}</label>
            <select
              id={`${id}-who`}
              value={choice}
              onChange={(e) => setChoice(e.target.value)}
              aria-invalid={missing ? "true" : undefined}
              aria-describedby={missing ? `${id}-who-error` : undefined}
            >
              <option value="">{t("participants.choose")}</option>
              <optgroup label={t("participants.colleagues")}>
                {users.map((u) => (
                  <option key={u.id} value={`user:${u.id}`}>
                    {u.name}
                  </option>
                ))}
              </optgroup>
              <optgroup label={t("participants.stakeholders")}>
                {stakeholders.map((s) => (
                  <option key={s.id} value={`stakeholder:${s.id}`}>
                    {s.organization ? `${s.name} (${s.organization})` : s.name}
                  </option>
                ))}
              </optgroup>
            </select>
            {missing ? (
              <p className="field-error" id={`${id}-who-error`}>
                {t("participants.chooseFirst")}
              </p>
            ) : null}
          </div>
          <div className="field">
            <label htmlFor={`${id}-role`}>{t("participants.role")}</label>
            <input id={`${id}-role`} value={role} maxLength={100} placeholder={t("participants.rolePlaceholder")} onChange={(e) => setRole(e.target.value)} />
          </div>
        </div>
        <InlineError error={error} />
        <div className="form-actions">
          <button type="submit" className="button">
            {fetching ? t("actionItem.saving") : t("participants.add")}
          </button>
        </div>
        <p className="field-hint">{t("participants.consentHint")}</p>
      </fieldset>
    </form>
  );
}

/** "Ta bort" on a participant, confirmed: without them, the consent gate looks at the others. */
export function RemoveParticipantButton(props: { participantId: string; name: string; onRemoved(): void }) {
  const { participantId, name, onRemoved } = props;
  const { t } = useI18n();
  const toast = useToast();
  const [{ fetching }, remove] = useMutation(RemoveParticipantMutation);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<CombinedError | null>(null);

  async function confirm() {
    setConfirming(false);
    setError(null);
    const result = await remove({ input: { participantId } });
    if (result.error) {
      setError(result.error);
      return;
    }
    toast({ message: t("participants.removed", { name }) });
    onRemoved();
  }

  return (
    <>
      <button type="button" className="button button-secondary button-small" disabled={fetching} onClick={() => setConfirming(true)}>
        {t("participants.remove")}
        <span className="visually-hidden">: {name}</span>
      </button>
      <InlineError error={error} />
      <ConfirmDialog
        open={confirming}
        title={t("participants.removeTitle")}
        body={t("participants.removeBody", { name })}
        confirmLabel={t("participants.remove")}
        cancelLabel={t("meetingForm.cancel")}
        danger
        onConfirm={() => void confirm()}
        onCancel={() => setConfirming(false)}
      />
    </>
  );
}
