import { useRef, useState } from "react";
import { useMutation, type CombinedError } from "urql";
import type { RegwatchAlertState } from "../../gql/graphql";
import { errorMessageKey, inputProblems } from "../../graphql/errors";
import { AcknowledgeRegwatchAlertMutation, AssignRegwatchAlertMutation, DismissRegwatchAlertMutation } from "../../graphql/regwatch";
import { useI18n } from "../../i18n";
import { AssignForm, DismissForm, type AssignValue, type TriageOutcome } from "./TriageForms";

type Panel = "dismiss" | "assign";

export interface TriageTarget {
  id: string;
  title: string;
  state: RegwatchAlertState;
  meetings: readonly { id: string; title: string; startsAt: string }[];
  actionItem: { id: string; title: string } | null;
  assignedToId: string | null;
}

/** The input field a BAD_USER_INPUT names (`reason`, `userId`, `meetingId`), if any. */
function fieldOf(error: CombinedError): string | null {
  const problem = inputProblems(error)[0];
  return problem?.path[problem.path.length - 1] ?? null;
}

/**
 * Kvittera, Avfärda… (with a reason), Tilldela… (a person, optionally an action item in a
 * matched meeting). After a success the page shows the message and moves focus to its heading —
 * the button pressed may be gone (an acknowledged alert has no Kvittera).
 */
export function AlertActions({ alert, onDone }: { alert: TriageTarget; onDone(message: string): void }) {
  const { t } = useI18n();
  const [ackState, acknowledge] = useMutation(AcknowledgeRegwatchAlertMutation);
  const [dismissState, dismiss] = useMutation(DismissRegwatchAlertMutation);
  const [assignState, assign] = useMutation(AssignRegwatchAlertMutation);
  const busy = ackState.fetching || dismissState.fetching || assignState.fetching;
  const [panel, setPanel] = useState<Panel | null>(null);
  const [error, setError] = useState<CombinedError | null>(null);
  const toggles = { dismiss: useRef<HTMLButtonElement>(null), assign: useRef<HTMLButtonElement>(null) };
  const named = (label: string) => ({ "aria-label": `${label}: ${alert.title}` });

  const close = () => {
    const which = panel;
    setPanel(null);
    if (which) window.setTimeout(() => toggles[which].current?.focus(), 0);
  };
  const toggle = (which: Panel) => {
    setError(null);
    if (panel === which) close();
    else setPanel(which);
  };

  /** Runs a mutation; a failure without a field of its own is shown under the buttons. */
  async function run(result: Promise<{ error?: CombinedError }>, message: string): Promise<TriageOutcome> {
    setError(null);
    const { error: failure } = await result;
    if (failure) {
      const field = fieldOf(failure);
      if (!field) setError(failure);
      return { ok: false, field };
    }
    setPanel(null);
    onDone(message);
    return { ok: true };
  }

  const submitDismiss = (reason: string) => run(dismiss({ input: { id: alert.id, reason } }), t("regwatch.announce.dismissed", { title: alert.title }));
  const submitAssign = (value: AssignValue) =>
    run(
      assign({ input: { id: alert.id, userId: value.userId, createActionItem: value.createActionItem, ...(value.meetingId ? { meetingId: value.meetingId } : {}) } }),
      t(value.createActionItem ? "regwatch.announce.assignedWithItem" : "regwatch.announce.assigned", { title: alert.title, name: value.userName }),
    );

  const toggleProps = (which: Panel) => ({
    ref: toggles[which],
    type: "button" as const,
    className: `button button-secondary${panel === which ? " is-pressed" : ""}`,
    "aria-expanded": panel === which,
    disabled: busy,
    onClick: () => toggle(which),
  });

  return (
    <div className="rw-actions" data-testid="regwatch-actions">
      <div className="button-row">
        {alert.state !== "ACKNOWLEDGED" ? (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void run(acknowledge({ input: { id: alert.id } }), t("regwatch.announce.acknowledged", { title: alert.title }))}
            data-testid="regwatch-acknowledge"
            {...named(t("regwatch.action.acknowledge"))}
          >
            {ackState.fetching ? t("regwatch.action.working") : t("regwatch.action.acknowledge")}
          </button>
        ) : null}
        {alert.state !== "DISMISSED" ? (
          <button {...toggleProps("dismiss")} data-testid="regwatch-dismiss" {...named(t("regwatch.action.dismiss"))}>
            {t("regwatch.action.dismiss")}
          </button>
        ) : null}
        <button {...toggleProps("assign")} data-testid="regwatch-assign" {...named(t(alert.state === "ASSIGNED" ? "regwatch.action.reassign" : "regwatch.action.assign"))}>
          {t(alert.state === "ASSIGNED" ? "regwatch.action.reassign" : "regwatch.action.assign")}
        </button>
      </div>
      {error ? (
        <p className="inline-error" role="alert" data-testid="regwatch-action-error">
          {t(errorMessageKey(error))}
        </p>
      ) : null}
      {panel === "dismiss" ? <DismissForm busy={dismissState.fetching} onSubmit={submitDismiss} onCancel={close} /> : null}
      {panel === "assign" ? (
        <AssignForm busy={assignState.fetching} meetings={alert.meetings} actionItem={alert.actionItem} assignedToId={alert.assignedToId} onSubmit={submitAssign} onCancel={close} />
      ) : null}
    </div>
  );
}
