import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { devToken, gql, openAs, useBrowser, usersByRole, waitForLiveSubscription } from "./helpers";

/** Screenshots of the meeting page with the transcript viewer open. */
const SHOTS = "/tmp/shots-structure";

interface MeetingsData {
  meetings: {
    nodes: Array<{
      id: string;
      title: string;
      participants: Array<{ id: string; consent: "GRANTED" | "PENDING" | "DECLINED"; stakeholder: { name: string } }>;
    }>;
  };
}

const MEETINGS_QUERY = `query {
  meetings(first: 100) { nodes { id title participants { id consent stakeholder { name } } } }
}`;

/** A small Teams transcript in Swedish: the chair settles a decision, someone commits to a task. */
function teamsVtt(chair: string, proposer: string, seconder: string, owner: string): string {
  return [
    "WEBVTT",
    "",
    "00:00:01.000 --> 00:00:06.000",
    `<v ${chair}>Välkomna. Första punkten är den digitala anslagstavlan.</v>`,
    "",
    "00:00:07.000 --> 00:00:12.000",
    `<v ${proposer}>Jag föreslår att vi inför den från första mars.</v>`,
    "",
    "00:00:13.000 --> 00:00:16.000",
    `<v ${seconder}>Det låter bra, jag håller med.</v>`,
    "",
    "00:00:17.000 --> 00:00:21.000",
    `<v ${chair}>Vi inför den digitala anslagstavlan från första mars. Då bestämmer vi det.</v>`,
    "",
    "00:00:22.000 --> 00:00:26.000",
    `<v ${chair}>Kommunstyrelsen behöver ett underlag om anslagstavlan.</v>`,
    "",
    "00:00:27.000 --> 00:00:32.000",
    `<v ${owner}>Jag tar det, jag skickar underlaget senast fredag.</v>`,
    "",
    "00:00:33.000 --> 00:00:35.000",
    `<v ${chair}>Tack allihopa.</v>`,
    "",
  ].join("\n");
}

const COMMITMENT = "Jag tar det, jag skickar underlaget senast fredag.";

async function waitForRun(page: Page, status: string, notRunId?: string | null): Promise<string> {
  const run = page.getByTestId("extraction-run");
  await expect
    .poll(
      async () => {
        if ((await run.count()) === 0) return null;
        const id = await run.getAttribute("data-run-id");
        if (notRunId && id === notRunId) return null;
        return run.getAttribute("data-status");
      },
      { timeout: 30_000, interval: 200 },
    )
    .toBe(status);
  return (await run.getAttribute("data-run-id")) ?? "";
}

describe("transcript upload and AI analysis", () => {
  useBrowser();

  it("uploads a transcript, shows the run live, the new items with evidence, and a post-brief", async () => {
    const [editor] = await usersByRole("EDITOR");
    expect(editor).toBeDefined();
    const token = await devToken(editor!.id);
    const { meetings } = await gql<MeetingsData>(token, MEETINGS_QUERY);
    const consenting = meetings.nodes.filter(
      (m) => m.participants.length >= 2 && m.participants.every((p) => p.consent === "GRANTED"),
    );
    const meeting = consenting.find((m) => m.title === "Ledningsgrupp – veckomöte") ?? consenting[0];
    expect(meeting, "the seed has a meeting where everyone consented").toBeDefined();
    const names = meeting!.participants.map((p) => p.stakeholder.name);
    const [chair, owner] = [names[0]!, names[names.length - 1]!];
    const vtt = teamsVtt(chair, names[1]!, names[Math.min(2, names.length - 1)]!, owner);

    const { page } = await openAs(editor!);
    const subscribed = waitForLiveSubscription(page, "ExtractionRunChanged");
    await page.goto(`/moten/${encodeURIComponent(meeting!.id)}`);
    await page.getByRole("heading", { level: 1, name: meeting!.title }).waitFor();
    const section = page.getByTestId("meeting-transcript");
    await section.getByRole("heading", { level: 2, name: "Transkript och AI-analys" }).waitFor();
    await subscribed;

    // Consent: everyone has agreed, so the transcript may be processed.
    const summary = page.getByTestId("consent-summary");
    await expect.poll(() => summary.innerText()).toContain("Alla har samtyckt");

    // Pick the file: the upload button waits for a file, then shows its name and size.
    const uploadButton = section.getByRole("button", { name: "Ladda upp och analysera" });
    expect(await uploadButton.isDisabled()).toBe(true);
    await section.getByLabel("Transkriptfil (.vtt, .srt eller .txt)").setInputFiles({
      name: "ledningsgrupp.vtt",
      mimeType: "text/vtt",
      buffer: Buffer.from(vtt, "utf8"),
    });
    const selected = section.getByTestId("selected-file");
    await selected.waitFor();
    expect(await selected.innerText()).toMatch(/ledningsgrupp\.vtt \(\d+(,\d)? (byte|kB)\)/);
    // Enabled once the file's speakers are checked (all are consenting participants: nothing to map).
    await expect.poll(() => uploadButton.isEnabled()).toBe(true);
    expect(await section.getByTestId("speaker-mapping").count()).toBe(0);
    await uploadButton.click();

    // The run goes to "Klar" live, with a progress bar at 100.
    const firstRunId = await waitForRun(page, "SUCCEEDED");
    const run = section.getByTestId("extraction-run");
    expect(await run.getByTestId("run-status").innerText()).toBe("Klar");
    const progress = run.getByRole("progressbar", { name: "Analysens förlopp" });
    expect(await progress.getAttribute("aria-valuenow")).toBe("100");
    expect(await run.innerText()).toContain("Automatiskt (lokal analys)");

    // The transcript's metadata.
    const meta = section.getByTestId("transcript-meta");
    await expect.poll(() => meta.innerText()).toContain("ledningsgrupp.vtt");
    const metaText = await meta.innerText();
    expect(metaText).toContain("WebVTT (Teams)");
    expect(metaText).toMatch(/Segment\s+7/);

    // The new action item and decision appear with their quotes, times and source.
    const item = page
      .getByTestId("meeting-action-items")
      .getByTestId("action-item")
      .filter({ has: page.locator("blockquote", { hasText: COMMITMENT }) });
    await item.waitFor({ timeout: 15_000 });
    expect(await item.count()).toBe(1);
    const itemText = await item.innerText();
    expect(itemText).toContain("vid 00:27");
    expect(itemText).toContain("Automatiskt (lokal analys)");
    const decision = page
      .getByTestId("meeting-decisions")
      .getByTestId("decision")
      .filter({ has: page.locator("blockquote", { hasText: "Då bestämmer vi det." }) });
    await decision.waitFor();
    expect(await decision.innerText()).toContain("vid 00:17");

    // "Visa i transkriptet" opens the viewer at the commitment's cue, the quote marked, focus there.
    await item.getByRole("link", { name: /^Visa i transkriptet/ }).click();
    const viewer = page.getByTestId("transcript-viewer");
    const target = viewer.locator('[data-testid="transcript-cue"].is-target');
    await target.waitFor();
    expect(await target.getAttribute("data-index")).toBe("5");
    expect(await target.locator("mark.transcript-quote").innerText()).toBe(COMMITMENT);
    expect(await target.innerText()).toContain(owner);
    expect(await target.locator("time").innerText()).toBe("00:27");
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-index"))).toBe("5");
    expect(new URL(page.url()).searchParams.get("segment")).toBe("5");
    expect(await viewer.getByTestId("transcript-cue").count()).toBe(7);
    mkdirSync(SHOTS, { recursive: true });
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await target.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/meeting-transcript-viewer-${width}.png` });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `no sideways scroll at ${width} px`).toBeLessThanOrEqual(0);
    }
    await page.setViewportSize({ width: 1280, height: 900 });

    // The filter keeps and marks the cues with the words, speakers included.
    await viewer.getByLabel("Sök i transkriptet").fill("anslagstavla");
    await expect.poll(() => viewer.getByTestId("transcript-cue").count()).toBe(3);
    expect(await viewer.getByTestId("transcript-match-count").innerText()).toBe("3 repliker innehåller sökorden");
    expect(await viewer.locator("mark.transcript-match").count()).toBe(3);
    await viewer.getByLabel("Sök i transkriptet").fill("");
    await expect.poll(() => viewer.getByTestId("transcript-cue").count()).toBe(7);

    // Re-run: a new run reaches "Klar" and replaces (does not duplicate) the machine-made items.
    await section.getByRole("button", { name: "Kör analysen igen" }).click();
    await waitForRun(page, "SUCCEEDED", firstRunId);
    await expect.poll(() => item.count(), { timeout: 15_000 }).toBe(1);

    // Post-brief: generated, rendered from Markdown with its heading, version selectable.
    const briefs = page.getByTestId("meeting-briefs");
    await briefs.getByRole("button", { name: "Skapa efterhandsbrief" }).click();
    const brief = briefs.getByTestId("brief");
    await brief.getByRole("heading", { name: `Efter mötet: ${meeting!.title}` }).waitFor({ timeout: 15_000 });
    expect(await brief.getByRole("heading", { name: "Beslut" }).count()).toBe(1);
    // The decision as a statement (the quote stays its evidence).
    expect(await brief.innerText()).toContain("Vi inför den digitala anslagstavlan från första mars");
    expect(await briefs.getByTestId("brief-version").locator("option").first().innerText()).toMatch(/^Version \d+ \(senaste\)/);
    expect(await page.getByTestId("error-banner").count()).toBe(0);
    await page.screenshot({ path: "/tmp/meeting-ai.png", fullPage: true });

    // Withdrawing consent asks first, then deletes the transcript and what came from it.
    const participant = page.getByTestId("participant").filter({ hasText: owner });
    await participant.getByRole("button", { name: "Väntar" }).click();
    const dialog = page.getByRole("dialog", { name: "Dra tillbaka samtycket?" });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain("raderas mötets transkript");
    await dialog.getByRole("button", { name: "Ändra och radera" }).click();
    await expect.poll(() => summary.innerText()).toContain("Samtycke saknas: transkriptet kan inte bearbetas");
    await section.getByText("Inget transkript har laddats upp.").waitFor();
    await item.waitFor({ state: "detached", timeout: 15_000 });
    expect(await uploadButton.isDisabled()).toBe(true);

    // Consent again (restores the seed's state for other tests).
    await participant.getByRole("button", { name: "Samtycker" }).click();
    await expect.poll(() => summary.innerText()).toContain("Alla har samtyckt");
  });

  it("disables the upload with the reason when someone has not consented", async () => {
    const [editor] = await usersByRole("EDITOR");
    const token = await devToken(editor!.id);
    const { meetings } = await gql<MeetingsData>(token, MEETINGS_QUERY);
    const meeting = meetings.nodes.find((m) => m.participants.some((p) => p.consent !== "GRANTED"));
    expect(meeting, "the seed has a meeting with a PENDING or DECLINED participant").toBeDefined();

    const { page } = await openAs(editor!);
    await page.goto(`/moten/${encodeURIComponent(meeting!.id)}`);
    await page.getByRole("heading", { level: 1, name: meeting!.title }).waitFor();

    const section = page.getByTestId("meeting-transcript");
    await section.getByRole("heading", { level: 2, name: "Transkript och AI-analys" }).waitFor();
    expect(await page.getByTestId("consent-summary").innerText()).toContain(
      "Samtycke saknas: transkriptet kan inte bearbetas",
    );
    const uploadButton = section.getByRole("button", { name: "Ladda upp och analysera" });
    expect(await uploadButton.isDisabled()).toBe(true);
    expect(await section.getByLabel("Transkriptfil (.vtt, .srt eller .txt)").isDisabled()).toBe(true);
    const reason = section.getByTestId("upload-disabled-reason");
    expect(await reason.innerText()).toContain("alla deltagare måste samtycka");
    // The button points at its reason for assistive technology.
    expect(await uploadButton.getAttribute("aria-describedby")).toBe(await reason.getAttribute("id"));
  });

  it("shows viewers the consent state and the analysis section without editing controls", async () => {
    const [viewer] = await usersByRole("VIEWER");
    expect(viewer, "the seed has a viewer").toBeDefined();
    const token = await devToken(viewer!.id);
    const { meetings } = await gql<MeetingsData>(token, MEETINGS_QUERY);
    const meeting = meetings.nodes.find((m) => m.participants.length > 0);
    expect(meeting).toBeDefined();

    const { page } = await openAs(viewer!);
    await page.goto(`/moten/${encodeURIComponent(meeting!.id)}`);
    await page.getByRole("heading", { level: 1, name: meeting!.title }).waitFor();
    const section = page.getByTestId("meeting-transcript");
    await section.getByText("Bara redigerare kan ladda upp transkript och starta analysen.").waitFor();
    await page.getByTestId("consent-summary").waitFor();
    expect(await page.getByTestId("consent-control").count()).toBe(0);
    expect(await page.getByRole("button", { name: "Ladda upp och analysera" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Skapa efterhandsbrief" }).count()).toBe(0);
    // The transcript's text is for editors: no viewer and no way into it from the evidence.
    expect(await page.getByTestId("transcript-viewer").count()).toBe(0);
    expect(await page.getByRole("link", { name: /^Visa i transkriptet/ }).count()).toBe(0);
    expect(await page.getByTestId("error-banner").count()).toBe(0);
  });
});
