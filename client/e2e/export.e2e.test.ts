import { readFile } from "node:fs/promises";
import { inflateSync } from "node:zlib";
import type { Download, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { devToken, gql, openAs, usersByRole, useBrowser, type DevUser } from "./helpers";

/*
 * Export: on a meeting's page an editor downloads the post-brief (Markdown, PDF), the decisions
 * (Markdown, PDF) and the action items (CSV); on /mina-atgarder their open items (CSV). The meeting
 * is made through the API, started yesterday, so a post-brief can be generated.
 */
const STAMP = Date.now().toString(36);
const TITLE = `E2E Årsmöte för export ${STAMP}`;
const DECISION = `Vi inför löpande uppföljning ${STAMP}`;
const ITEM = `=Räkna om budgeten ${STAMP}`;
const DATE = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Stockholm" });
useBrowser();

let editor: DevUser;
let meetingId: string;
let startsAt: Date;

/** Text drawn in a pdfkit PDF with the standard fonts (hex strings of TJ/Tj), streams inflated. */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString("latin1");
  const out: string[] = [];
  for (const m of raw.matchAll(/stream\r?\n/g)) {
    const start = m.index + m[0].length;
    const bytes = pdf.subarray(start, raw.indexOf("endstream", start));
    let content: string;
    try {
      content = inflateSync(bytes).toString("latin1");
    } catch {
      content = bytes.toString("latin1");
    }
    for (const op of content.matchAll(/\[((?:<[0-9a-fA-F]*>|[\s\d.-])*)\]\s*TJ/g)) {
      out.push([...op[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => Buffer.from(h[1]!, "hex").toString("latin1")).join(""));
    }
  }
  return out.join("\n");
}

async function download(page: Page, testId: string): Promise<{ name: string; bytes: Buffer; download: Download }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testId).click()]);
  const bytes = await readFile((await file.path())!);
  return { name: file.suggestedFilename(), bytes, download: file };
}

beforeAll(async () => {
  [editor] = (await usersByRole("EDITOR")) as [DevUser];
  const token = await devToken(editor.id);
  startsAt = new Date(Date.now() - 86_400_000);
  startsAt.setUTCMinutes(0, 0, 0);
  const made = await gql<{ createMeeting: { meeting: { id: string } } }>(
    token,
    "mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { meeting { id } } }",
    { input: { title: TITLE, startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString() } },
  );
  meetingId = made.createMeeting.meeting.id;
  const me = await gql<{ viewer: { user: { id: string } } }>(token, "{ viewer { user { id } } }");
  await gql(token, "mutation($input: CreateDecisionInput!) { createDecision(input: $input) { decision { id } } }", { input: { meetingId, text: DECISION } });
  await gql(token, "mutation($input: CreateActionItemInput!) { createActionItem(input: $input) { actionItem { id } } }", {
    input: { meetingId, title: ITEM, ownerId: me.viewer.user.id, dueDate: DATE.format(new Date(Date.now() + 7 * 86_400_000)) },
  });
  await gql(token, "mutation($input: GeneratePostBriefInput!) { generatePostBrief(input: $input) { brief { id } } }", { input: { meetingId } });
});

describe("export", () => {
  it("downloads the post-brief, the decisions and the action items of a meeting from its page", async () => {
    const { page } = await openAs(editor);
    await page.goto(`/moten/${meetingId}`);
    await page.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    const day = DATE.format(startsAt);
    const base = TITLE.replace(/\s+/g, " ");

    // The post-brief, its newest version.
    const briefs = page.getByTestId("meeting-briefs");
    await briefs.getByTestId("brief").waitFor();
    await expect.poll(() => briefs.getByRole("group", { name: "Ladda ned briefen, version 1" }).count()).toBe(1);
    const briefMd = await download(page, "brief-export-md");
    expect(briefMd.name).toBe(`Efter mötet – ${base} – ${day} – v1.md`);
    const markdown = briefMd.bytes.toString("utf8");
    expect(markdown).toContain(`# Efter mötet: ${TITLE}`);
    expect(markdown).toContain(DECISION);
    await expect.poll(() => page.getByTestId("live-region").innerText()).toContain(`Filen ${briefMd.name} är nedladdad.`);
    const briefPdf = await download(page, "brief-export-pdf");
    expect(briefPdf.name).toBe(`Efter mötet – ${base} – ${day} – v1.pdf`);
    expect(briefPdf.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdfText(briefPdf.bytes)).toContain(`Efter mötet: ${TITLE}`);

    // The decisions, in the header of their panel.
    const decisions = page.getByTestId("meeting-decisions");
    await expect.poll(() => decisions.getByRole("button", { name: "Ladda ned (Markdown)" }).count()).toBe(1);
    const decisionsMd = await download(page, "decisions-export-md");
    expect(decisionsMd.name).toBe(`Beslut – ${base} – ${day}.md`);
    expect(decisionsMd.bytes.toString("utf8")).toContain(`## 1. ${DECISION}`);
    const decisionsPdf = await download(page, "decisions-export-pdf");
    expect(decisionsPdf.name).toBe(`Beslut – ${base} – ${day}.pdf`);
    const text = pdfText(decisionsPdf.bytes);
    expect(text).toContain(TITLE);
    expect(text).toContain("Sida 1 av 1");

    // The action items as CSV for Swedish Excel.
    const items = await download(page, "meeting-items-export-csv");
    expect(items.name).toBe(`Åtgärder – ${base} – ${day}.csv`);
    expect([...items.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = items.bytes.toString("utf8").slice(1);
    const [header, row] = csv.split("\r\n");
    expect(header).toBe("Titel;Status;Ansvarig;Förfallodatum;Möte;Skapad;Slutförd;Länk");
    expect(row).toMatch(new RegExp(`^'=Räkna om budgeten ${STAMP};Öppen;${editor.name};\\d{4}-\\d{2}-\\d{2};`));
    expect(row).toContain(`/moten/${meetingId}`);
  });

  it("downloads Mina åtgärder as CSV from the page header", async () => {
    const { page } = await openAs(editor);
    await page.goto("/mina-atgarder");
    await page.getByTestId("my-items").waitFor();
    const file = await download(page, "my-items-export-csv");
    expect(file.name).toBe(`Mina åtgärder – öppna – ${DATE.format(new Date())}.csv`);
    const csv = file.bytes.toString("utf8");
    expect(csv.startsWith("\ufeffTitel;Status;")).toBe(true);
    expect(csv).toContain(`'${ITEM};Öppen;${editor.name};`);
    expect(csv).not.toContain(";Klar;");
    await expect.poll(() => page.getByTestId("live-region").innerText()).toContain(`Filen ${file.name} är nedladdad.`);
  });
});
