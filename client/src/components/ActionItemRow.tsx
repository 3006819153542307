import { useRef, useState, type ReactNode } from "react";
import { Link } from "react-router";
import { useMutation, type CombinedError } from "urql";
import { graphql, getFragmentData, type FragmentType } from "../gql";
import { useI18n } from "../i18n";
import { ActionItemStatusBadge, OverdueBadge } from "./Badges";
import { useAnnounce } from "./LiveAnnouncer";
import { useToast } from "./Toast";
import { InlineError } from "./FormParts";
import { ActionItemEditForm, type ActionItemValues } from "./meetings/ActionItemEditForm";
import { AssignActionItemMutation, CancelActionItemMutation, UpdateActionItemMutation } from "../graphql/meetings";

export const ActionItemRowFragment = graphql(`
  fragment ActionItemRow_ActionItem on ActionItem {
    id
    title
    status
    dueDate
    isOverdue
    completedAt
    ownerName
    owner {
      id
      name
    }
    meeting {
      id
      title
    }
    viewerCanEdit
    updatedAt
    source
    editedByHuman
    reviewState
  }
`);

const CompleteActionItemMutation = graphql(`
  mutation CompleteActionItem($input: CompleteActionItemInput!) {
    completeActionItem(input: $input) {
      actionItem {
        id
        ...ActionItemRow_ActionItem
      }
    }
  }
`);

const ReopenActionItemMutation = graphql(`
  mutation ReopenActionItem($input: ReopenActionItemInput!) {
    reopenActionItem(input: $input) {
      actionItem {
        id
        ...ActionItemRow_ActionItem
      }
    }
  }
`);

export interface ActionItemRowProps {
  item: FragmentType<typeof ActionItemRowFragment>;
  /** viewer.canEdit: editing also requires the item's own viewerCanEdit. */
  canEdit: boolean;
  /** Hide the "from meeting X" link (on the meeting's own page). */
  showMeeting?: boolean;
  /** Called after a successful status change. */
  onStatusChanged?: (id: string) => void;
  /** Extra content under the item's details (its evidence on the meeting page). */
  children?: ReactNode;
}

export function ActionItemRow({ item: itemRef, canEdit, showMeeting = true, onStatusChanged, children }: ActionItemRowProps) {
  const item = getFragmentData(ActionItemRowFragment, itemRef);
  const { t, formatCalendarDate, formatDateTime } = useI18n();
  const announce = useAnnounce();
  const toast = useToast();
  const [completeState, complete] = useMutation(CompleteActionItemMutation);
  const [reopenState, reopen] = useMutation(ReopenActionItemMutation);
  const [cancelState, cancel] = useMutation(CancelActionItemMutation);
  const [, update] = useMutation(UpdateActionItemMutation);
  const [, assign] = useMutation(AssignActionItemMutation);
  const [error, setError] = useState<CombinedError | null>(null);
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);

  const busy = completeState.fetching || reopenState.fetching || cancelState.fetching;
  const editable = canEdit && item.viewerCanEdit;
  const overdue = item.status === "OPEN" && item.isOverdue;
  const owner = item.owner?.name ?? item.ownerName;
  const corrected = item.editedByHuman && item.source !== "manual";

  async function changeStatus(action: "complete" | "reopen" | "cancel") {
    setError(null);
    const variables = { input: { id: item.id } };
    const run = action === "complete" ? complete : action === "cancel" ? cancel : reopen;
    const result = await run(variables);
    if (result.error) {
      setError(result.error);
      return;
    }
    const key = action === "complete" ? "actionItem.announceDone" : action === "cancel" ? "actionItem.announceCancelled" : "actionItem.announceReopened";
    announce(t(key, { title: item.title }));
    // Done and struck are undone by reopening; reopening is its own undo (the buttons are there).
    toast({
      message: t(key, { title: item.title }),
      undo: action === "reopen" ? undefined : async () => !(await reopen({ input: { id: item.id } })).error,
    });
    onStatusChanged?.(item.id);
  }

  function edited(saved?: { id: string; title: string; before?: ActionItemValues }) {
    setEditing(false);
    window.setTimeout(() => editButton.current?.focus(), 0);
    if (!saved) return;
    announce(t("actionItem.announceChanged", { title: saved.title }));
    const before = saved.before;
    toast({
      message: t("actionItem.announceChanged", { title: saved.title }),
      undo: before
        ? async () => {
            const a = await update({ input: { id: item.id, title: before.title, dueDate: before.dueDate } });
            const b = a.error ? a : await assign({ input: { id: item.id, ownerId: before.ownerId } });
            return !a.error && !b.error;
          }
        : undefined,
    });
  }

  return (
    <li
      className={`card action-item${overdue ? " is-overdue" : ""}${item.status !== "OPEN" ? " is-closed" : ""}`}
      data-testid="action-item"
      data-id={item.id}
      data-status={item.status}
    >
      <div className="action-item-body">
        {editing ? (
          <ActionItemEditForm item={{ id: item.id, title: item.title, ownerId: item.owner?.id ?? null, dueDate: item.dueDate ?? null }} onDone={edited} />
        ) : (
          <>
            <h3 className="card-title">{item.title}</h3>
            <p className="meta">
              {item.dueDate ? (
                <time dateTime={item.dueDate}>{t("actionItem.due", { date: formatCalendarDate(item.dueDate) })}</time>
              ) : (
                <span>{t("actionItem.noDueDate")}</span>
              )}
              <span> · {owner ? t("actionItem.owner", { name: owner }) : t("actionItem.noOwner")}</span>
              {item.completedAt && item.status === "DONE" ? (
                <span> · {t("actionItem.completedAt", { date: formatDateTime(item.completedAt) })}</span>
              ) : null}
            </p>
          </>
        )}
        {showMeeting && item.meeting ? (
          <p className="meta">
            <Link to={`/moten/${encodeURIComponent(item.meeting.id)}`}>
              {t("actionItem.meeting", { title: item.meeting.title })}
            </Link>
          </p>
        ) : null}
        <p className="badges">
          {overdue ? <OverdueBadge /> : null}
          {item.status !== "OPEN" || !showMeeting ? <ActionItemStatusBadge status={item.status} /> : null}
          {corrected ? (
            <span className="badge badge-edited" title={t("actionItem.editedHint")} data-testid="edited-badge">
              {t("actionItem.edited")}
            </span>
          ) : null}
        </p>
        {children}
        <InlineError error={error} />
      </div>
      {editable && !editing ? (
        <div className="action-item-actions">
          {item.status === "OPEN" ? (
            <button type="button" className="button" disabled={busy} onClick={() => void changeStatus("complete")}>
              {busy ? t("actionItem.saving") : t("actionItem.markDone")}
              <span className="visually-hidden">: {item.title}</span>
            </button>
          ) : (
            <button type="button" className="button button-secondary" disabled={busy} onClick={() => void changeStatus("reopen")}>
              {busy ? t("actionItem.saving") : t("actionItem.reopen")}
              <span className="visually-hidden">: {item.title}</span>
            </button>
          )}
          <button type="button" ref={editButton} className="button button-secondary" disabled={busy} onClick={() => setEditing(true)}>
            {t("actionItem.edit")}
            <span className="visually-hidden">: {item.title}</span>
          </button>
          {item.status === "OPEN" ? (
            <button type="button" className="button button-secondary" disabled={busy} onClick={() => void changeStatus("cancel")}>
              {t("actionItem.cancel")}
              <span className="visually-hidden">: {item.title}</span>
            </button>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
