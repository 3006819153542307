import { describe, expect, it } from "vitest";
import { openAs, useBrowser, usersByRole } from "./helpers";

/**
 * A person's whole job in the browser: create a meeting, add colleagues, record consent, upload a
 * transcript whose speakers need mapping, map them, correct an extracted action's title and owner,
 * write the post-brief and see the correction in it, and find the meeting again among past ones.
 */
useBrowser();

/** Yesterday in Stockholm, YYYY-MM-DD: a meeting that has taken place (post-briefs need one). */
function yesterday(): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(Date.now() - 86_400_000));
  return parts;
}

describe("the workbench", () => {
  it("from a new meeting to a corrected post-brief, and back through past meetings", async () => {
    const [viewer] = await usersByRole("VIEWER");
    const { page, user: editor } = await openAs("EDITOR");
    // A word of letters only, unique to this run (searching finds it as a word).
    const word = `Lokalplan${Date.now().toString(26).replace(/[0-9]/g, (d) => "qrstuvwxyz"[Number(d)]!)}`;
    const title = `Arbetsmöte om ${word}`;

    // Create the meeting from Möten.
    await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Möten" }).click();
    await page.getByRole("heading", { level: 1, name: "Möten" }).waitFor();
    await page.getByTestId("new-meeting").click();
    const form = page.getByTestId("meeting-form");
    await form.getByLabel("Titel").fill(title);
    await form.getByLabel("Datum").fill(yesterday());
    await form.getByLabel("Börjar").fill("10:00");
    await form.getByLabel("Slutar").fill("11:00");
    await form.getByLabel("Dagordning").fill("Lokalplanen\nProtokollet");
    await form.getByRole("button", { name: "Skapa mötet" }).click();
    await page.getByRole("heading", { level: 1, name: title }).waitFor();
    expect(await page.getByTestId("toast").first().innerText()).toContain("Mötet är skapat");

    // Two colleagues take part; both consent.
    const participants = page.getByTestId("meeting-participants");
    for (const person of [editor!, viewer!]) {
      const add = participants.getByTestId("add-participant");
      await add.getByLabel("Vem").selectOption({ label: person.name });
      await add.getByRole("button", { name: "Lägg till" }).click();
      await participants.getByTestId("participant").filter({ hasText: person.name }).waitFor();
    }
    for (const person of [editor!, viewer!]) {
      await participants.getByTestId("participant").filter({ hasText: person.name }).getByRole("button", { name: "Samtycker" }).click();
    }
    await expect.poll(() => page.getByTestId("consent-summary").getAttribute("data-ok")).toBe("true");

    // The transcript's second speaker is "Talare 2": the upload waits until they are mapped.
    const file = [
      `[00:00:01] ${editor!.name}: Välkomna. Då bestämmer vi det: lokalplanen går ut på samråd.`,
      "[00:00:12] Talare 2: Vem skickar protokollet till nämnden?",
      `[00:00:20] ${editor!.name}: Kan du ta det?`,
      "[00:00:25] Talare 2: Jag tar det, jag skickar protokollet senast fredag.",
      "",
    ].join("\n");
    const section = page.getByTestId("meeting-transcript");
    await section.getByLabel("Transkriptfil (.vtt, .srt eller .txt)").setInputFiles({ name: "arbetsmote.txt", mimeType: "text/plain", buffer: Buffer.from(file, "utf8") });
    const mapping = section.getByTestId("speaker-mapping");
    await mapping.waitFor();
    expect(await mapping.innerText()).toContain("Talare 2");
    const upload = section.getByRole("button", { name: "Ladda upp och analysera" });
    expect(await upload.isDisabled()).toBe(true);
    await mapping.getByTestId("speaker-select").selectOption({ label: viewer!.name });
    await expect.poll(() => upload.isEnabled()).toBe(true);
    await upload.click();
    await expect.poll(() => page.getByTestId("extraction-run").getAttribute("data-status"), { timeout: 30_000 }).toBe("SUCCEEDED");

    // The extracted action is the mapped speaker's; correct its title and give it to the editor.
    const item = page.getByTestId("meeting-action-items").getByTestId("action-item").filter({ hasText: viewer!.name }).first();
    await item.waitFor({ timeout: 15_000 });
    await item.getByRole("button", { name: /^Ändra/ }).click();
    const edit = item.getByTestId("action-item-form");
    await edit.getByLabel("Vad ska göras").fill("Mejla protokollet till nämndsekreteraren");
    await edit.getByLabel("Ansvarig").selectOption({ label: editor!.name });
    await edit.getByRole("button", { name: "Spara" }).click();
    await edit.waitFor({ state: "detached" });
    const corrected = page.getByTestId("meeting-action-items").getByTestId("action-item").filter({ hasText: "Mejla protokollet till nämndsekreteraren" });
    await corrected.waitFor();
    expect(await corrected.innerText()).toContain(`Ansvarig: ${editor!.name}`);
    expect(await corrected.getByTestId("edited-badge").count()).toBe(1);

    // Done, then undone from the toast.
    await corrected.getByRole("button", { name: /^Markera som klar/ }).click();
    await expect.poll(() => corrected.getAttribute("data-status")).toBe("DONE");
    await page.getByTestId("toast").filter({ hasText: "är markerad som klar" }).getByRole("button", { name: "Ångra" }).click();
    await expect.poll(() => corrected.getAttribute("data-status")).toBe("OPEN");

    // The post-brief carries the correction, not the quote.
    const briefs = page.getByTestId("meeting-briefs");
    await briefs.getByRole("button", { name: "Skapa efterhandsbrief" }).click();
    const brief = briefs.getByTestId("brief");
    await brief.getByRole("heading", { name: `Efter mötet: ${title}` }).waitFor({ timeout: 15_000 });
    expect(await brief.innerText()).toContain("Mejla protokollet till nämndsekreteraren");

    // Find it again: Möten → Tidigare, searched by a word of its title.
    await page.getByRole("link", { name: "Alla möten" }).click();
    await page.getByRole("link", { name: "Tidigare" }).click();
    await page.getByRole("searchbox", { name: "Sök" }).fill(word.toLowerCase());
    const found = page.getByTestId("meetings-list").getByTestId("meeting-item");
    await expect.poll(() => found.count()).toBe(1);
    expect(await found.innerText()).toContain(title);
    await found.getByRole("link", { name: title }).click();
    await page.getByRole("heading", { level: 1, name: title }).waitFor();

    // The item is also under the editor's own items.
    const meetingUrl = page.url();
    await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Mina åtgärder" }).click();
    const mine = page.getByTestId("my-items").getByTestId("action-item").filter({ hasText: "Mejla protokollet till nämndsekreteraren" });
    await mine.waitFor();

    // A second tab withdraws the colleague's consent: what came from the transcript is deleted, and
    // the first tab's list loses the item without a reload.
    const other = await page.context().newPage();
    await other.goto(meetingUrl);
    const colleague = other.getByTestId("meeting-participants").getByTestId("participant").filter({ hasText: viewer!.name });
    await colleague.getByRole("button", { name: "Väntar" }).click();
    const dialog = other.getByRole("dialog", { name: "Dra tillbaka samtycket?" });
    await dialog.getByRole("button", { name: "Ändra och radera" }).click();
    await other.getByText("Inget transkript har laddats upp.").waitFor();
    await mine.waitFor({ state: "detached", timeout: 15_000 });
    await other.close();
  });
});
