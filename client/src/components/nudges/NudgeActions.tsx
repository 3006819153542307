import { useRef, useState } from "react";
import { Link } from "react-router";
import type { CombinedError } from "urql";
import { errorMessageKey } from "../../graphql/errors";
import { useI18n } from "../../i18n";
import { BlockForm, SnoozePanel } from "./NudgeForms";
import { ORGANISER_KINDS, useNudgeAnswer, type AnsweredHandler, type NudgeAnswer, type NudgeTarget } from "./nudgeAnswer";
import { ReassignForm } from "./ReassignForm";

type Panel = "snooze" | "block" | "reassign";

interface ActionsProps {
  target: NudgeTarget;
  /** The item is still OPEN (a done or cancelled item has nothing left to answer). */
  open: boolean;
  unread: boolean;
  onAnswered: AnsweredHandler;
}

/** A button's name with the item's title after its visible label ("Klar: Skicka remissvaret"). */
const named = (label: string, title: string) => ({ "aria-label": `${label}: ${title}` });

function InlineError({ error }: { error: CombinedError | null }) {
  const { t } = useI18n();
  if (!error) return null;
  return (
    <p className="inline-error nudge-error" role="alert" data-testid="nudge-error">
      {t(errorMessageKey(error))}
    </p>
  );
}

/** Runs an answer; a failure without a field of its own is shown on the nudge. */
function useRunner(target: NudgeTarget, onAnswered: AnsweredHandler) {
  const { answer, fetching } = useNudgeAnswer();
  const [error, setError] = useState<CombinedError | null>(null);
  const run = async (action: NudgeAnswer) => {
    setError(null);
    const outcome = await answer(target, action);
    if (outcome.ok) onAnswered(target.id, outcome.message);
    else if (!outcome.field) setError(outcome.error);
    return outcome;
  };
  return { run, fetching, error };
}

/** Every answer, on /aviseringar: Klar, Skjut upp, Blockerad…, Lämna över… (organisers: Lämna över…, Häv blockeringen). */
export function NudgeActions({ target, open, unread, blocked, ownerId, onAnswered }: ActionsProps & { blocked: boolean; ownerId: string | null }) {
  const { t } = useI18n();
  const { run, fetching, error } = useRunner(target, onAnswered);
  const [panel, setPanel] = useState<Panel | null>(null);
  const toggles = { snooze: useRef<HTMLButtonElement>(null), block: useRef<HTMLButtonElement>(null), reassign: useRef<HTMLButtonElement>(null) };
  const toOrganiser = ORGANISER_KINDS.has(target.kind);

  const close = () => {
    const which = panel;
    setPanel(null);
    if (which) window.setTimeout(() => toggles[which].current?.focus(), 0);
  };
  const toggle = (which: Panel) => (panel === which ? close() : setPanel(which));
  const toggleProps = (which: Panel) => ({
    ref: toggles[which],
    type: "button" as const,
    className: `button button-secondary${panel === which ? " is-pressed" : ""}`,
    "aria-expanded": panel === which,
    disabled: fetching,
    onClick: () => toggle(which),
  });

  const buttons = [];
  if (open && !toOrganiser) {
    buttons.push(
      <button key="done" type="button" className="button" disabled={fetching} onClick={() => void run({ kind: "complete" })} {...named(t("nudges.action.done"), target.title)}>
        {t("nudges.action.done")}
      </button>,
      <button key="snooze" {...toggleProps("snooze")} {...named(t("nudges.action.snooze"), target.title)}>
        {t("nudges.action.snooze")}
      </button>,
      <button key="block" {...toggleProps("block")} {...named(t("nudges.action.block"), target.title)}>
        {t("nudges.action.block")}
      </button>,
    );
  }
  if (open) {
    buttons.push(
      <button key="reassign" {...toggleProps("reassign")} {...named(t("nudges.action.reassign"), target.title)}>
        {t("nudges.action.reassign")}
      </button>,
    );
  }
  if (open && toOrganiser && blocked) {
    buttons.push(
      <button key="unblock" type="button" className="button button-secondary" disabled={fetching} onClick={() => void run({ kind: "unblock" })} {...named(t("nudges.action.unblock"), target.title)}>
        {t("nudges.action.unblock")}
      </button>,
    );
  }
  if (toOrganiser && target.meetingId) {
    buttons.push(
      <Link key="meeting" to={`/moten/${encodeURIComponent(target.meetingId)}`} className="button button-secondary" {...named(t("nudges.item.openMeeting"), target.meetingTitle ?? target.title)}>
        {t("nudges.item.openMeeting")}
      </Link>,
    );
  }
  if (unread && (toOrganiser || !open)) {
    buttons.push(
      <button key="read" type="button" className="link-button" disabled={fetching} onClick={() => void run({ kind: "read" })} {...named(t("nudges.action.markRead"), target.title)}>
        {t("nudges.action.markRead")}
      </button>,
    );
  }
  if (buttons.length === 0) return null;

  return (
    <div className="nudge-actions">
      <div className="button-row" role="group" aria-label={t("nudges.action.group")}>
        {buttons}
      </div>
      {panel === "snooze" ? <SnoozePanel busy={fetching} onAnswer={run} onCancel={close} /> : null}
      {panel === "block" ? <BlockForm busy={fetching} onAnswer={run} onCancel={close} /> : null}
      {panel === "reassign" ? <ReassignForm ownerId={ownerId} busy={fetching} onAnswer={run} onCancel={close} /> : null}
      <InlineError error={error} />
    </div>
  );
}

/** The quick answers on the dashboard: Klar and Skjut upp 1 dag; the rest is on /aviseringar. */
export function NudgeQuickActions({ target, open, unread, onAnswered }: ActionsProps) {
  const { t } = useI18n();
  const { run, fetching, error } = useRunner(target, onAnswered);
  const toOrganiser = ORGANISER_KINDS.has(target.kind);
  const more = `/aviseringar?nudge=${encodeURIComponent(target.id)}`;
  return (
    <div className="nudge-actions">
      <div className="button-row" role="group" aria-label={t("nudges.action.group")}>
        {open && !toOrganiser ? (
          <>
            <button type="button" className="button" disabled={fetching} onClick={() => void run({ kind: "complete" })} {...named(t("nudges.action.done"), target.title)}>
              {t("nudges.action.done")}
            </button>
            <button type="button" className="button button-secondary" disabled={fetching} onClick={() => void run({ kind: "snooze", days: 1 })} {...named(t("nudges.action.snooze1"), target.title)}>
              {t("nudges.action.snooze1")}
            </button>
          </>
        ) : null}
        {!open && unread ? (
          <button type="button" className="button button-secondary" disabled={fetching} onClick={() => void run({ kind: "read" })} {...named(t("nudges.action.markRead"), target.title)}>
            {t("nudges.action.markRead")}
          </button>
        ) : null}
        <Link to={more} className="nudge-more" {...named(t(toOrganiser ? "nudges.item.show" : "nudges.item.moreChoices"), target.title)}>
          {t(toOrganiser ? "nudges.item.show" : "nudges.item.moreChoices")}
        </Link>
      </div>
      <InlineError error={error} />
    </div>
  );
}
