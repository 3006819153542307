import { useId, useState, type FormEvent } from "react";
import type { ConsentStatus } from "../../gql/graphql";
import { useI18n, type MessageKey } from "../../i18n";

export interface FoundSpeaker {
  name: string;
  turns: number;
  /** The participant the server matched by name, or null when it needs mapping. */
  participantId: string | null;
}

/**
 * The file's speakers whose labels are not participants' names ("Talare 2", a nickname): each is
 * mapped to a participant. Someone who is not a participant yet is added under "Deltagare" first
 * (and needs consent) — or, with `onAddParticipant`, right here in one step. Matched speakers are
 * listed for reference.
 */
export function SpeakerMapping(props: {
  speakers: FoundSpeaker[];
  participants: { id: string; name: string; consent: ConsentStatus }[];
  mapping: Record<string, string>;
  onChange(mapping: Record<string, string>): void;
  /** Overrides of the intro and the closing hint (audio, a stored transcript). */
  intro?: MessageKey;
  hint?: MessageKey;
  /** Adds a new participant named `name` for `speaker` and maps the speaker to them; false when it failed. */
  onAddParticipant?(speaker: string, name: string): Promise<boolean>;
}) {
  const { speakers, participants, mapping, onChange, onAddParticipant } = props;
  const { t, tn } = useI18n();
  const id = useId();
  const [adding, setAdding] = useState<string | null>(null);
  const [newName, setNewName] = useState("");
  const [busy, setBusy] = useState(false);
  async function add(event: Pick<FormEvent, "preventDefault">, speaker: string) {
    event.preventDefault();
    if (!onAddParticipant || !newName.trim()) return;
    setBusy(true);
    const ok = await onAddParticipant(speaker, newName.trim());
    setBusy(false);
    if (ok) {
      setAdding(null);
      setNewName("");
    }
  }
  const nameOf = (participantId: string | null) => participants.find((p) => p.id === participantId)?.name ?? "";
  const toMap = speakers.filter((s) => !s.participantId);
  const matched = speakers.filter((s) => s.participantId);
  return (
    <fieldset className="form-section speaker-mapping" data-testid="speaker-mapping">
      <legend>{t("speakers.title")}</legend>
      <p className="meta">{t(props.intro ?? "speakers.intro")}</p>
      <ul className="plain-list speaker-rows">
        {toMap.map((speaker, i) => (
          <li key={speaker.name} className="speaker-row">
            <label htmlFor={`${id}-${i}`}>
              <strong>{speaker.name}</strong> <span className="meta">({tn("speakers.turns", speaker.turns)})</span>
            </label>
            <select
              id={`${id}-${i}`}
              value={mapping[speaker.name] ?? ""}
              onChange={(e) => onChange({ ...mapping, [speaker.name]: e.target.value })}
              data-testid="speaker-select"
            >
              <option value="">{t("speakers.choose")}</option>
              {participants.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.consent === "GRANTED" ? p.name : t("speakers.noConsent", { name: p.name })}
                </option>
              ))}
            </select>
            {onAddParticipant && adding !== speaker.name ? (
              <button type="button" className="button button-secondary button-small" onClick={() => { setAdding(speaker.name); setNewName(""); }} data-testid="speaker-add">
                {t("speakers.addNew")}
              </button>
            ) : null}
            {onAddParticipant && adding === speaker.name ? (
              <span className="speaker-add-form">
                <label htmlFor={`${id}-${i}-new`}>{t("speakers.addName", { speaker: speaker.name })}</label>
                <input
                  id={`${id}-${i}-new`}
                  type="text"
                  value={newName}
                  maxLength={200}
                  autoFocus
                  onChange={(e) => setNewName(e.target.value)}
                  onKeyDown={(e) => {
                    if (e.key === "Enter") void add(e, speaker.name);
                    if (e.key === "Escape") setAdding(null);
                  }}
                  data-testid="speaker-add-name"
                />
                <button type="button" className="button button-small" disabled={busy || !newName.trim()} onClick={(e) => void add(e, speaker.name)} data-testid="speaker-add-confirm">
                  {busy ? t("speakers.adding") : t("speakers.addConfirm")}
                </button>
                <button type="button" className="button button-secondary button-small" onClick={() => setAdding(null)}>
                  {t("speakers.addCancel")}
                </button>
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      {matched.length ? (
        <p className="meta">
          {t("speakers.matched", { names: matched.map((s) => (s.name === nameOf(s.participantId) ? s.name : `${s.name} → ${nameOf(s.participantId)}`)).join(", ") })}
        </p>
      ) : null}
      <p className="field-hint">{t(props.hint ?? "speakers.addHint")}</p>
    </fieldset>
  );
}
