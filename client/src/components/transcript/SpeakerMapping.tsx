import { useId } from "react";
import type { ConsentStatus } from "../../gql/graphql";
import { useI18n } from "../../i18n";

export interface FoundSpeaker {
  name: string;
  turns: number;
  /** The participant the server matched by name, or null when it needs mapping. */
  participantId: string | null;
}

/**
 * The file's speakers whose labels are not participants' names ("Talare 2", a nickname): each is
 * mapped to a participant. Someone who is not a participant yet is added under "Deltagare" first
 * (and needs consent). Matched speakers are listed for reference.
 */
export function SpeakerMapping(props: {
  speakers: FoundSpeaker[];
  participants: { id: string; name: string; consent: ConsentStatus }[];
  mapping: Record<string, string>;
  onChange(mapping: Record<string, string>): void;
}) {
  const { speakers, participants, mapping, onChange } = props;
  const { t, tn } = useI18n();
  const id = useId();
  const nameOf = (participantId: string | null) => participants.find((p) => p.id === participantId)?.name ?? "";
  const toMap = speakers.filter((s) => !s.participantId);
  const matched = speakers.filter((s) => s.participantId);
  return (
    <fieldset className="form-section speaker-mapping" data-testid="speaker-mapping">
      <legend>{t("speakers.title")}</legend>
      <p className="meta">{t("speakers.intro")}</p>
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
          </li>
        ))}
      </ul>
      {matched.length ? (
        <p className="meta">
          {t("speakers.matched", { names: matched.map((s) => (s.name === nameOf(s.participantId) ? s.name : `${s.name} → ${nameOf(s.participantId)}`)).join(", ") })}
        </p>
      ) : null}
      <p className="field-hint">{t("speakers.addHint")}</p>
    </fieldset>
  );
}
