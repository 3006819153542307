/**
 * What a nudge says outside the app, in Swedish. Fort Knox: for an item of a SENSITIVE meeting the
 * message carries no item text, meeting title or quote — only that something needs attention and a
 * link back (which asks the reader to sign in).
 */
export interface NudgeMessageInput {
  kind: "STALLED" | "DUE_SOON" | "OVERDUE" | "ESCALATION" | "BLOCKED";
  sensitive: boolean;
  itemTitle: string;
  meetingTitle: string;
  dueDate: string | null;
  /** The owner's name, for messages to the organiser (ESCALATION, BLOCKED). */
  ownerName: string | null;
  blockedReason: string | null;
  link: string;
}

export interface NudgeMessage {
  subject: string;
  heading: string;
  paragraphs: string[];
  actionLabel: string;
}

const LEAD: Record<NudgeMessageInput["kind"], string> = {
  STALLED: "Det har inte hänt något med en av dina åtgärder på ett tag.",
  DUE_SOON: "En av dina åtgärder ska vara klar snart.",
  OVERDUE: "En av dina åtgärder är försenad.",
  ESCALATION: "En åtgärd från ett möte du har kallat till står still, och ansvarig har inte svarat på två påminnelser.",
  BLOCKED: "En åtgärd från ett möte du har kallat till har markerats som blockerad.",
};

const SUBJECT: Record<NudgeMessageInput["kind"], string> = {
  STALLED: "Påminnelse om en åtgärd",
  DUE_SOON: "En åtgärd ska vara klar snart",
  OVERDUE: "En åtgärd är försenad",
  ESCALATION: "En åtgärd står still",
  BLOCKED: "En åtgärd är blockerad",
};

export function nudgeMessage(input: NudgeMessageInput): NudgeMessage {
  const actionLabel = input.kind === "ESCALATION" || input.kind === "BLOCKED" ? "Öppna åtgärden" : "Svara i Postboxen";
  if (input.sensitive) {
    return {
      subject: "Något behöver din uppmärksamhet i Postboxen",
      heading: "Något behöver din uppmärksamhet",
      paragraphs: ["Det gäller ett möte som är klassat som känsligt, så detaljerna visas bara när du har loggat in."],
      actionLabel: "Logga in och se vad det gäller",
    };
  }
  const paragraphs = [LEAD[input.kind], `Åtgärd: ${input.itemTitle}`, `Möte: ${input.meetingTitle}`];
  if (input.dueDate) paragraphs.push(`Senast: ${input.dueDate}`);
  if (input.ownerName && (input.kind === "ESCALATION" || input.kind === "BLOCKED")) paragraphs.push(`Ansvarig: ${input.ownerName}`);
  if (input.kind === "BLOCKED" && input.blockedReason) paragraphs.push(`Orsak: ${input.blockedReason}`);
  if (input.kind !== "ESCALATION" && input.kind !== "BLOCKED") paragraphs.push("Du kan markera den som klar, blockerad, skjuta upp den eller lämna över den direkt från påminnelsen.");
  return { subject: `${SUBJECT[input.kind]}: ${input.itemTitle}`.slice(0, 200), heading: SUBJECT[input.kind], paragraphs, actionLabel };
}
