import type { EntityManager } from "@mikro-orm/postgresql";
import { renderEmail } from "../../platform/delivery/email";
import type { EmailMessage } from "../../platform/delivery/types";
import { toGlobalId } from "../../platform/ids";
import { swedishDateTime } from "./brief.markdown";

export interface PreBriefRecipient {
  userId: string;
  email: string;
}

/**
 * Who gets the pre-brief by e-mail: participants whose stakeholder e-mail belongs to an active
 * user of the organisation (case-insensitive). People without an account get nothing. One statement.
 */
export async function preBriefRecipients(em: EntityManager, orgId: string, meetingId: string, onlyUserId?: string): Promise<PreBriefRecipient[]> {
  const rows = await em.execute<{ id: string; email: string }[]>(
    `select distinct u.id, u.email
       from participants p
       join stakeholders s on s.id = p.stakeholder_id and s.organization_id = p.organization_id
       join users u on u.organization_id = p.organization_id and lower(u.email) = lower(trim(s.email)) and u.active
      where p.organization_id = ? and p.meeting_id = ?${onlyUserId ? " and u.id = ?" : ""}
      order by u.id`,
    onlyUserId ? [orgId, meetingId, onlyUserId] : [orgId, meetingId],
  );
  return rows.map((r) => ({ userId: r.id, email: r.email }));
}

export interface PreBriefEmailInput {
  to: string;
  meetingId: string;
  title: string;
  startsAt: Date;
  sensitive: boolean;
  /** The brief's Markdown; only sent for NORMAL meetings. */
  body: string;
  publicUrl: string;
}

const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();
/** The brief as plain paragraphs: the Markdown escapes are for renderers, not for readers of a mail. */
const paragraphsOf = (markdown: string) =>
  markdown
    .split(/\n{2,}/)
    .map((p) => p.replace(/\\([\\`*_[\]<>#|])/g, "$1").trim())
    .filter(Boolean);

/**
 * "The brief is ready", with a link to the meeting. A SENSITIVE meeting's mail says only that, with
 * the link: no title, no date, no text — mail leaves the organisation's control.
 */
export function preBriefEmail(input: PreBriefEmailInput): EmailMessage {
  const url = `${input.publicUrl.replace(/\/+$/, "")}/moten/${encodeURIComponent(toGlobalId("Meeting", input.meetingId))}`;
  const action = { url, label: "Öppna mötet i Postboxen" };
  const footer = ["Du får det här mejlet eftersom du deltar i mötet och din organisation skickar underlag inför möten med e-post."];
  const headers = { "X-Postboxen-Kind": "pre-brief" };
  if (input.sensitive) {
    const heading = "Ett underlag inför mötet är klart";
    return { to: input.to, subject: heading, headers, ...renderEmail({ heading, paragraphs: [], action, footer }) };
  }
  const title = oneLine(input.title);
  const content = renderEmail({
    heading: "Underlaget inför mötet är klart",
    paragraphs: [`Underlaget inför ”${title}” ${swedishDateTime(input.startsAt)} är klart.`, ...paragraphsOf(input.body)],
    action,
    footer,
  });
  return { to: input.to, subject: `Underlag inför mötet: ${title}`.slice(0, 250), headers, ...content };
}
