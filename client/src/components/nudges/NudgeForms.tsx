import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { useI18n, type MessageKey } from "../../i18n";
import { stockholmDatePlus, type AnswerOutcome, type NudgeAnswer } from "./nudgeAnswer";

export const BLOCK_REASON_MAX = 500;

interface PanelProps {
  /** Runs the answer; resolves with the outcome (the panel shows field errors itself). */
  onAnswer(action: NudgeAnswer): Promise<AnswerOutcome>;
  onCancel(): void;
  busy: boolean;
}

/** Escape closes an open panel, like a menu. */
export function closeOnEscape(onCancel: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key === "Escape") {
      event.stopPropagation();
      onCancel();
    }
  };
}

/** "Blockerad…": what blocks the item, required, at most 500 characters. */
export function BlockForm({ onAnswer, onCancel, busy }: PanelProps) {
  const { t } = useI18n();
  const id = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [reason, setReason] = useState("");
  const [errorKey, setErrorKey] = useState<MessageKey | null>(null);
  useEffect(() => ref.current?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = reason.trim();
    const local: MessageKey | null = !trimmed ? "nudges.block.required" : trimmed.length > BLOCK_REASON_MAX ? "nudges.block.tooLong" : null;
    if (local) {
      setErrorKey(local);
      ref.current?.focus();
      return;
    }
    setErrorKey(null);
    const outcome = await onAnswer({ kind: "block", reason: trimmed });
    if (!outcome.ok && outcome.field === "reason") {
      setErrorKey(trimmed.length > BLOCK_REASON_MAX ? "nudges.block.tooLong" : "nudges.block.required");
      ref.current?.focus();
    }
  }

  return (
    <form className="nudge-panel" onSubmit={(event) => void submit(event)} onKeyDown={closeOnEscape(onCancel)} noValidate data-testid="nudge-block-form">
      <fieldset className="plain-fieldset" disabled={busy}>
        <legend className="field-label">{t("nudges.block.legend")}</legend>
        <div className="field">
          <label htmlFor={id}>{t("nudges.block.reason")}</label>
          <textarea
            ref={ref}
            id={id}
            rows={3}
            required
            maxLength={BLOCK_REASON_MAX}
            value={reason}
            aria-invalid={errorKey ? true : undefined}
            aria-describedby={`${id}-hint ${id}-count${errorKey ? ` ${id}-error` : ""}`}
            onChange={(event) => setReason(event.target.value)}
          />
          <p id={`${id}-hint`} className="field-hint">
            {t("nudges.block.hint")}
          </p>
          <p id={`${id}-count`} className="field-hint nudge-counter">
            {t("nudges.block.counter", { count: reason.length })}
          </p>
          {errorKey ? (
            <p id={`${id}-error`} className="field-error" data-testid="nudge-field-error">
              {t(errorKey)}
            </p>
          ) : null}
        </div>
        <div className="button-row">
          <button type="submit" className="button">
            {busy ? t("nudges.action.working") : t("nudges.block.submit")}
          </button>
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t("nudges.action.cancel")}
          </button>
        </div>
      </fieldset>
    </form>
  );
}

/** "Skjut upp": 1 day, 3 days, or until a date (after today, within a year). */
export function SnoozePanel({ onAnswer, onCancel, busy }: PanelProps) {
  const { t } = useI18n();
  const id = useId();
  const first = useRef<HTMLButtonElement>(null);
  const dateRef = useRef<HTMLInputElement>(null);
  const [until, setUntil] = useState("");
  const [errorKey, setErrorKey] = useState<MessageKey | null>(null);
  const min = stockholmDatePlus(1);
  const max = stockholmDatePlus(365);
  useEffect(() => first.current?.focus(), []);

  async function run(action: NudgeAnswer) {
    setErrorKey(null);
    const outcome = await onAnswer(action);
    if (!outcome.ok && (outcome.field === "until" || outcome.field === "days")) {
      setErrorKey(outcome.field === "until" ? "nudges.snooze.dateInvalid" : "nudges.snooze.daysInvalid");
      if (outcome.field === "until") dateRef.current?.focus();
    }
  }

  function submitDate(event: FormEvent) {
    event.preventDefault();
    if (!until) {
      setErrorKey("nudges.snooze.dateRequired");
      dateRef.current?.focus();
      return;
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(until) || until < min || until > max) {
      setErrorKey("nudges.snooze.dateInvalid");
      dateRef.current?.focus();
      return;
    }
    void run({ kind: "snoozeUntil", until });
  }

  return (
    <form className="nudge-panel" onSubmit={submitDate} onKeyDown={closeOnEscape(onCancel)} noValidate data-testid="nudge-snooze-form">
      <fieldset className="plain-fieldset" disabled={busy}>
        <legend className="field-label">{t("nudges.snooze.legend")}</legend>
        <div className="button-row">
          <button ref={first} type="button" className="button button-secondary" onClick={() => void run({ kind: "snooze", days: 1 })}>
            {t("nudges.action.snoozeDay")}
          </button>
          <button type="button" className="button button-secondary" onClick={() => void run({ kind: "snooze", days: 3 })}>
            {t("nudges.action.snoozeDays")}
          </button>
        </div>
        <div className="nudge-date-row">
          <div className="field">
            <label htmlFor={id}>{t("nudges.snooze.date")}</label>
            <input
              ref={dateRef}
              id={id}
              type="date"
              min={min}
              max={max}
              value={until}
              aria-invalid={errorKey ? true : undefined}
              aria-describedby={`${id}-hint${errorKey ? ` ${id}-error` : ""}`}
              onChange={(event) => setUntil(event.target.value)}
            />
          </div>
          <button type="submit" className="button button-secondary">
            {t("nudges.snooze.submit")}
          </button>
        </div>
        <p id={`${id}-hint`} className="field-hint">
          {t("nudges.snooze.dateHint")}
        </p>
        {errorKey ? (
          <p id={`${id}-error`} className="field-error" data-testid="nudge-field-error">
            {t(errorKey)}
          </p>
        ) : null}
        <div className="button-row">
          <button type="button" className="link-button" onClick={onCancel}>
            {t("nudges.action.cancel")}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
