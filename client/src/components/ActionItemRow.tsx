import { useState, type ReactNode } from "react";
import { Link } from "react-router";
import { useMutation, type CombinedError } from "urql";
import { graphql, getFragmentData, type FragmentType } from "../gql";
import { useI18n } from "../i18n";
import { errorMessageKey } from "../graphql/errors";
import { ActionItemStatusBadge, OverdueBadge } from "./Badges";
import { useAnnounce } from "./LiveAnnouncer";

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
  const [completeState, complete] = useMutation(CompleteActionItemMutation);
  const [reopenState, reopen] = useMutation(ReopenActionItemMutation);
  const [error, setError] = useState<CombinedError | null>(null);

  const busy = completeState.fetching || reopenState.fetching;
  const editable = canEdit && item.viewerCanEdit;
  const overdue = item.status === "OPEN" && item.isOverdue;
  const owner = item.owner?.name ?? item.ownerName;

  async function changeStatus(action: "complete" | "reopen") {
    setError(null);
    const variables = { input: { id: item.id } };
    const result = action === "complete" ? await complete(variables) : await reopen(variables);
    if (result.error) {
      setError(result.error);
      return;
    }
    announce(t(action === "complete" ? "actionItem.announceDone" : "actionItem.announceReopened", { title: item.title }));
    onStatusChanged?.(item.id);
  }

  return (
    <li
      className={`card action-item${overdue ? " is-overdue" : ""}${item.status !== "OPEN" ? " is-closed" : ""}`}
      data-testid="action-item"
      data-id={item.id}
      data-status={item.status}
    >
      <div className="action-item-body">
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
        </p>
        {children}
        {error ? (
          <p className="inline-error" role="alert">
            {t(errorMessageKey(error))}
          </p>
        ) : null}
      </div>
      {editable ? (
        <div className="action-item-actions">
          {item.status === "OPEN" ? (
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void changeStatus("complete")}
            >
              {busy ? t("actionItem.saving") : t("actionItem.markDone")}
              <span className="visually-hidden">: {item.title}</span>
            </button>
          ) : item.status === "DONE" ? (
            <button
              type="button"
              className="button button-secondary"
              disabled={busy}
              onClick={() => void changeStatus("reopen")}
            >
              {busy ? t("actionItem.saving") : t("actionItem.reopen")}
              <span className="visually-hidden">: {item.title}</span>
            </button>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
