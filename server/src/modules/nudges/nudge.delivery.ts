import { randomBytes } from "node:crypto";
import type { EntityManager } from "@mikro-orm/postgresql";
import { postChat } from "../../platform/delivery/chat";
import { renderEmail } from "../../platform/delivery/email";
import { DeliveryError, type ChatKind } from "../../platform/delivery/types";
import { toGlobalId } from "../../platform/ids";
import { JobError, type JobContext } from "../../platform/jobs/types";
import { nudgeMessage, type NudgeMessageInput } from "./nudge.messages";
import { nudgeMetrics } from "./nudge.metrics";

interface DeliveryRow {
  nudge_id: string;
  kind: NudgeMessageInput["kind"];
  answered_at: Date | null;
  recipient_id: string;
  recipient_active: boolean;
  recipient_email: string;
  item_status: string;
  item_owner_id: string | null;
  item_title: string;
  due_date: string | null;
  owner_name: string | null;
  meeting_title: string;
  sensitivity: string;
  email: boolean | null;
  slack: string | null;
  teams: string | null;
  blocked_reason: string | null;
}

type Channel = "EMAIL" | "SLACK" | "TEAMS";

/**
 * Delivers one nudge by e-mail and chat (the in-app nudge exists already). Runs once per nudge (the
 * job key); each channel's outcome is recorded, so a retry only repeats the channels that failed
 * with a retryable error, and a channel recorded SENT is never sent again. A nudge about an item
 * that is no longer open (or already answered), or for a deactivated recipient, sends nothing.
 */
export async function deliverNudge(ctx: JobContext<{ nudgeId: string; orgId: string }>): Promise<void> {
  const { db, mailer, outbound, publicUrl, metricsRegistry } = ctx.deps;
  const em = db.forOrg(ctx.data.orgId);
  const conn = em.getConnection();
  const [row] = await conn.execute<DeliveryRow[]>(
    `select n.id as nudge_id, n.kind::text as kind, n.answered_at, n.recipient_id, u.active as recipient_active, u.email as recipient_email,
       ai.status::text as item_status, ai.owner_id as item_owner_id, ai.title as item_title, ai.due_date::text as due_date, owner.name as owner_name,
       m.title as meeting_title, m.sensitivity::text as sensitivity, p.email, p.slack_webhook_url as slack, p.teams_webhook_url as teams, st.blocked_reason
     from nudges n
     join users u on u.id = n.recipient_id
     join action_items ai on ai.id = n.action_item_id
     join meetings m on m.id = ai.meeting_id
     left join users owner on owner.id = ai.owner_id
     left join notification_preferences p on p.id = n.recipient_id
     left join nudge_item_states st on st.id = ai.id
     where n.id = ? and n.organization_id = ?`,
    [ctx.data.nudgeId, ctx.data.orgId],
  );
  if (!row) return; // the item (and with it the nudge) was deleted
  const channels: Channel[] = [];
  if (row.email !== false) channels.push("EMAIL");
  if (row.slack) channels.push("SLACK");
  if (row.teams) channels.push("TEAMS");
  if (!channels.length) return;

  const done = await conn.execute<{ channel: Channel; status: string }[]>(`select channel::text as channel, status::text as status from nudge_deliveries where nudge_id = ?`, [row.nudge_id]);
  const settled = new Set(done.filter((d) => d.status !== "PENDING").map((d) => d.channel));
  const pending = channels.filter((c) => !settled.has(c));
  if (!pending.length) return;

  const metrics = nudgeMetrics(metricsRegistry);
  const record = async (channel: Channel, status: "SENT" | "FAILED" | "SKIPPED" | "PENDING", errorCode: string | null) => {
    await conn.execute(
      `insert into nudge_deliveries (id, organization_id, nudge_id, channel, status, attempts, sent_at, error_code, created_at, updated_at)
       values (gen_random_uuid(), ?, ?, ?, ?, 1, ?, ?, now(), now())
       on conflict (nudge_id, channel) do update set status = excluded.status, attempts = nudge_deliveries.attempts + 1, sent_at = excluded.sent_at, error_code = excluded.error_code, updated_at = now()`,
      [ctx.data.orgId, row.nudge_id, channel, status, status === "SENT" ? ctx.deps.clock.now() : null, errorCode],
    );
    metrics.deliveries.inc({ channel, outcome: status === "PENDING" ? "failed" : status.toLowerCase() });
  };

  // Nothing is sent when it no longer applies: the item is closed, the nudge answered, the person gone.
  const owner = row.kind === "ESCALATION" || row.kind === "BLOCKED" ? true : row.item_owner_id === row.recipient_id;
  const skip = !row.recipient_active ? "RECIPIENT_INACTIVE" : row.item_status !== "OPEN" ? "ITEM_CLOSED" : row.answered_at ? "ANSWERED" : !owner ? "REASSIGNED" : null;
  if (skip) {
    for (const channel of pending) await record(channel, "SKIPPED", skip);
    ctx.log.info({ event: "nudge.delivery_skipped", nudgeId: row.nudge_id, reason: skip }, "nudge delivery skipped");
    return;
  }

  const link = `${publicUrl}/aviseringar?nudge=${encodeURIComponent(toGlobalId("Nudge", row.nudge_id))}`;
  const message = nudgeMessage({
    kind: row.kind,
    sensitive: row.sensitivity === "SENSITIVE",
    itemTitle: row.item_title,
    meetingTitle: row.meeting_title,
    dueDate: row.due_date,
    ownerName: row.owner_name,
    blockedReason: row.blocked_reason,
    link,
  });

  let retry: DeliveryError | undefined;
  for (const channel of pending) {
    try {
      if (channel === "EMAIL") {
        if (!mailer.configured) {
          await record(channel, "SKIPPED", "SMTP_NOT_CONFIGURED");
          continue;
        }
        const token = await unsubscribeToken(em, row.recipient_id, ctx.data.orgId);
        const unsubscribeUrl = `${publicUrl}/api/nudges/unsubscribe?token=${token}`;
        const body = renderEmail({
          heading: message.heading,
          paragraphs: message.paragraphs,
          action: { url: link, label: message.actionLabel },
          footer: ["Du får det här mejlet för att du är ansvarig för eller har kallat till ett möte i Postboxen.", `Vill du inte ha påminnelser per e-post? Avsluta: ${unsubscribeUrl}`],
        });
        await mailer.send({ to: row.recipient_email, subject: message.subject, text: body.text, html: body.html, unsubscribeUrl, headers: { "X-Postboxen-Kind": `nudge-${row.kind.toLowerCase()}` } }, ctx.signal);
      } else {
        const url = channel === "SLACK" ? row.slack! : row.teams!;
        await postChat(outbound, channel as ChatKind, url, { title: message.heading, text: message.paragraphs.join(" "), link: { url: link, label: message.actionLabel } }, ctx.signal);
      }
      await record(channel, "SENT", null);
      ctx.log.info({ event: "nudge.delivered", nudgeId: row.nudge_id, channel }, "nudge delivered");
    } catch (error) {
      const failure = error instanceof DeliveryError ? error : new DeliveryError(channel === "EMAIL" ? "SMTP_UNAVAILABLE" : "CHAT_UNAVAILABLE", "Unexpected delivery failure", true);
      // Retryable failures stay PENDING (the retry sends them); the rest are final.
      await record(channel, failure.retryable ? "PENDING" : "FAILED", failure.code);
      ctx.log.warn({ event: "nudge.delivery_failed", nudgeId: row.nudge_id, channel, code: failure.code, retryable: failure.retryable }, "nudge delivery failed");
      if (failure.retryable) retry ??= failure;
    }
  }
  if (retry) throw new JobError(retry.code, "A nudge channel failed; retrying the channels not yet delivered", true);
}

/** The recipient's one-click unsubscribe token, made on first use (one statement either way). */
async function unsubscribeToken(em: EntityManager, userId: string, orgId: string): Promise<string> {
  const rows = await em.getConnection().execute<{ token: string }[]>(
    `insert into notification_preferences (id, organization_id, unsubscribe_token, created_at, updated_at) values (?, ?, ?, now(), now())
     on conflict (id) do update set unsubscribe_token = coalesce(notification_preferences.unsubscribe_token, excluded.unsubscribe_token)
     returning unsubscribe_token as token`,
    [userId, orgId, randomBytes(24).toString("base64url")],
  );
  return rows[0]!.token;
}
