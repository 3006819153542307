import { useEffect, useRef } from "react";
import { Link } from "react-router";
import { graphql, getFragmentData, type FragmentType } from "../../gql";
import type { NudgeDeliveryStatus } from "../../gql/graphql";
import { useI18n, type MessageKey } from "../../i18n";
import { NudgeActions, NudgeQuickActions } from "./NudgeActions";
import { ORGANISER_KINDS, type AnsweredHandler, type NudgeTarget } from "./nudgeAnswer";

export const NudgeItemFragment = graphql(`
  fragment NudgeItem_Nudge on Nudge {
    id
    kind
    windowHours
    readAt
    answeredAt
    createdAt
    deliveries {
      channel
      status
      sentAt
    }
    actionItem {
      id
      title
      dueDate
      status
      isOverdue
      ownerName
      owner {
        id
        name
      }
      meeting {
        id
        title
      }
      blocked {
        reason
        blockedAt
      }
    }
  }
`);

export interface NudgeItemProps {
  nudge: FragmentType<typeof NudgeItemFragment>;
  /** "full" on /aviseringar (every answer); "compact" on the dashboard (the quick ones). */
  variant?: "full" | "compact";
  /** The nudge an e-mail link pointed at: emphasised, scrolled to and focused once. */
  highlighted?: boolean;
  /** After a successful answer: the list shows the message and moves focus on. */
  onAnswered: AnsweredHandler;
}

const DELIVERY_KEYS: Record<NudgeDeliveryStatus, MessageKey> = {
  SENT: "nudges.delivery.SENT",
  PENDING: "nudges.delivery.PENDING",
  FAILED: "nudges.delivery.FAILED",
  SKIPPED: "nudges.delivery.SKIPPED",
};

/** One nudge: why it came, what it is about, and the answers right on it. */
export function NudgeItem({ nudge: nudgeRef, variant = "full", highlighted = false, onAnswered }: NudgeItemProps) {
  const nudge = getFragmentData(NudgeItemFragment, nudgeRef);
  const { t, formatCalendarDate, formatDateTime, formatTime } = useI18n();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const item = nudge.actionItem;
  const unread = !nudge.readAt;
  const answered = !!nudge.answeredAt;
  const toOrganiser = ORGANISER_KINDS.has(nudge.kind);
  const titleId = `nudge-${nudge.id}-title`;

  // Scroll to the linked nudge and put focus on it, once, when it is first shown.
  const scrolled = useRef(false);
  useEffect(() => {
    if (!highlighted || scrolled.current) return;
    scrolled.current = true;
    titleRef.current?.scrollIntoView({ block: "center" });
    titleRef.current?.focus({ preventScroll: true });
  }, [highlighted]);

  const target: NudgeTarget | null = item ? { id: nudge.id, actionItemId: item.id, title: item.title, kind: nudge.kind, meetingId: item.meeting?.id ?? null, meetingTitle: item.meeting?.title ?? null } : null;
  const open = item?.status === "OPEN";
  const owner = item?.owner?.name ?? item?.ownerName ?? null;
  // A skipped channel was never tried (e-mail off or not set up): not worth a line.
  const deliveries = nudge.deliveries.filter((d) => d.status !== "SKIPPED");

  let state: string | null = null;
  if (!item) state = t("nudges.item.itemGone");
  else if (item.status === "DONE") state = t("nudges.item.itemDone");
  else if (item.status === "CANCELLED") state = t("nudges.item.itemCancelled");

  const classes = ["card", "nudge", `nudge-kind-${nudge.kind.toLowerCase()}`];
  if (unread) classes.push("is-unread");
  if (answered) classes.push("is-answered");
  if (highlighted) classes.push("is-highlighted");
  if (variant === "compact") classes.push("nudge-compact");

  return (
    <li
      className={classes.join(" ")}
      data-testid="nudge"
      data-id={nudge.id}
      data-kind={nudge.kind}
      data-unread={unread ? "true" : "false"}
      data-answered={answered ? "true" : "false"}
      aria-labelledby={titleId}
    >
      <div className="nudge-body">
        <p className="nudge-reason">
          {unread ? (
            <span className="nudge-unread-dot" aria-hidden="true" />
          ) : null}
          {unread ? <span className="visually-hidden">{t("nudges.item.unread")}: </span> : null}
          <span data-testid="nudge-reason">{t(`nudges.kind.${nudge.kind}`, { hours: String(nudge.windowHours ?? 48) })}</span>
          <span className="nudge-received">
            {" · "}
            <time dateTime={nudge.createdAt}>{formatDateTime(nudge.createdAt)}</time>
          </span>
        </p>
        <h3 className="card-title nudge-title" id={titleId} ref={titleRef} tabIndex={-1}>
          {item?.title ?? t("nudges.item.itemGone")}
        </h3>
        {item ? (
          <p className="meta nudge-facts">
            {item.dueDate ? (
              <time dateTime={item.dueDate} className={item.isOverdue && open ? "is-overdue" : undefined}>
                {t("actionItem.due", { date: formatCalendarDate(item.dueDate) })}
              </time>
            ) : (
              <span>{t("actionItem.noDueDate")}</span>
            )}
            {toOrganiser || variant === "full" ? (
              <span> · {owner ? t("nudges.item.owner", { name: owner }) : t("nudges.item.noOwner")}</span>
            ) : null}
            {item.meeting ? (
              <span>
                {" · "}
                <Link to={`/moten/${encodeURIComponent(item.meeting.id)}`}>{t("actionItem.meeting", { title: item.meeting.title })}</Link>
              </span>
            ) : null}
          </p>
        ) : null}
        {item?.blocked && open ? (
          <div className="nudge-block-box" data-testid="nudge-block-reason">
            <p className="nudge-block-label">
              {t("nudges.item.blockedReason")}
              <span className="meta"> · {t("nudges.item.blockedAt", { date: formatDateTime(item.blocked.blockedAt) })}</span>
            </p>
            <p className="nudge-block-reason">{item.blocked.reason}</p>
          </div>
        ) : nudge.kind === "BLOCKED" && item && open ? (
          <p className="meta">{t("nudges.item.unblocked")}</p>
        ) : null}
        {variant === "full" && deliveries.length > 0 ? (
          <p className="meta nudge-deliveries">
            <span className="visually-hidden">{t("nudges.item.deliveries")}: </span>
            {deliveries
              .map((d) => {
                const channel = t(`nudges.channel.${d.channel}`);
                return d.status === "SENT" && d.sentAt
                  ? t("nudges.delivery.SENT_AT", { channel, time: formatTime(d.sentAt) })
                  : t(DELIVERY_KEYS[d.status], { channel });
              })
              .join(" · ")}
          </p>
        ) : null}
        {answered ? (
          <p className="nudge-answered" data-testid="nudge-answered">
            <span className="badge badge-answered">{t("nudges.item.answered")}</span>
            {nudge.answeredAt ? <span className="meta"> {formatDateTime(nudge.answeredAt)}</span> : null}
          </p>
        ) : state ? (
          <p className="meta nudge-state">{state}</p>
        ) : null}
      </div>
      {target && !answered ? (
        variant === "compact" ? (
          <NudgeQuickActions target={target} open={open} unread={unread} onAnswered={onAnswered} />
        ) : (
          <NudgeActions target={target} open={open} unread={unread} blocked={!!item?.blocked} ownerId={item?.owner?.id ?? null} onAnswered={onAnswered} />
        )
      ) : null}
    </li>
  );
}
