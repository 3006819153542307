import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { devToken, gql, openAs, useBrowser, usersByRole, type DevUser } from "./helpers";

/*
 * Calendar: an editor imports an .ics through Inställningar → Kalender and downloads a meeting as
 * .ics from its page; an admin subscribes to a calendar, polls it and removes it. The dates are in
 * January 2027, inside the import window (the next 180 days) from the E2E run's clock.
 */
const STAMP = Date.now().toString(36);
const WEEKLY = `E2E Veckomöte ${STAMP}`;
const BUDGET = `E2E Budgetberedning ${STAMP}`;

const STOCKHOLM = [
  "BEGIN:VTIMEZONE",
  "TZID:Europe/Stockholm",
  "X-LIC-LOCATION:Europe/Stockholm",
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "TZNAME:CEST",
  "DTSTART:19700329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "TZNAME:CET",
  "DTSTART:19701025T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
];

/**
 * A calendar as Outlook or Google write it: CRLF line ends, a VTIMEZONE, a weekly series of three
 * (the second one struck with EXDATE) and one single meeting.
 */
function icsFile(version: { sequence: number; exdates: string[]; budgetLocation: string }): string {
  return (
    [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//Postboxen E2E//Kalender//SV",
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
      ...STOCKHOLM,
      "BEGIN:VEVENT",
      `UID:veckomote-${STAMP}@e2e.postboxen.test`,
      `DTSTAMP:2026120${1 + version.sequence}T090000Z`,
      `SEQUENCE:${version.sequence}`,
      "DTSTART;TZID=Europe/Stockholm:20270107T100000",
      "DTEND;TZID=Europe/Stockholm:20270107T110000",
      "RRULE:FREQ=WEEKLY;COUNT=3",
      ...version.exdates.map((date) => `EXDATE;TZID=Europe/Stockholm:${date}`),
      `SUMMARY:${WEEKLY}`,
      "LOCATION:Sammanträdesrum Sundet",
      "DESCRIPTION:Veckans avstämning\\, med uppföljning av beslut.",
      "END:VEVENT",
      "BEGIN:VEVENT",
      `UID:budget-${STAMP}@e2e.postboxen.test`,
      `DTSTAMP:2026120${1 + version.sequence}T090000Z`,
      `SEQUENCE:${version.sequence}`,
      "DTSTART;TZID=Europe/Stockholm:20270112T130000",
      "DTEND;TZID=Europe/Stockholm:20270112T143000",
      `SUMMARY:${BUDGET}`,
      `LOCATION:${version.budgetLocation}`,
      "END:VEVENT",
      "END:VCALENDAR",
    ].join("\r\n") + "\r\n"
  );
}

async function chooseIcs(page: Page, name: string, text: string): Promise<void> {
  const section = page.getByTestId("calendar-import");
  await section.getByTestId("calendar-import-file").setInputFiles({ name, mimeType: "text/calendar", buffer: Buffer.from(text, "utf8") });
  await section.getByTestId("calendar-selected-file").waitFor();
}

/** The database id inside a global id ("Meeting:<uuid>", base64url). */
const databaseId = (globalId: string) => Buffer.from(globalId, "base64url").toString("utf8").split(":")[1];

describe("calendar", () => {
  useBrowser();
  let editor: DevUser;
  let admin: DevUser;
  const imported: string[] = [];

  beforeAll(async () => {
    [editor] = (await usersByRole("EDITOR")) as [DevUser];
    [admin] = (await usersByRole("ADMIN")) as [DevUser];
    expect(editor && admin, "the seed has an editor and an admin").toBeTruthy();
  });

  afterAll(async () => {
    // Cancel what the import made, so other tests' lists of upcoming meetings stay as they were.
    if (imported.length && editor) {
      const token = await devToken(editor.id);
      for (const id of imported) {
        await gql(token, "mutation($input: UpdateMeetingInput!) { updateMeeting(input: $input) { meeting { id } } }", { input: { id, status: "CANCELLED" } }).catch(() => undefined);
      }
    }
  });

  it("(a) an editor imports an .ics (timezone, weekly series with EXDATE), sees the result in words and the meetings, and downloads one as .ics", async () => {
    const { page } = await openAs(editor);
    await page.goto("/installningar");
    const section = page.getByTestId("settings-calendar");
    await section.getByRole("heading", { level: 2, name: "Kalender" }).waitFor();
    // Subscribed calendars are for admins: an editor only imports.
    expect(await section.getByTestId("calendar-feeds").count()).toBe(0);

    // Too large is refused in the browser, before anything is sent.
    const submit = section.getByRole("button", { name: "Importera", exact: true });
    await section.getByTestId("calendar-import-file").setInputFiles({ name: "stor.ics", mimeType: "text/calendar", buffer: Buffer.alloc(1024 * 1024 + 1, 0x41) });
    await expect.poll(() => section.getByTestId("calendar-import-error").innerText()).toBe("Filen är för stor (1 MB). Den får vara högst 1 MB.");
    expect(await submit.isDisabled()).toBe(true);

    // Not iCalendar: the server's refusal, in words.
    await chooseIcs(page, "inte-kalender.ics", "Det här är ingen kalender.\r\n");
    await submit.click();
    await expect.poll(() => section.getByTestId("calendar-import-error").innerText()).toBe("Filen är inte en giltig iCalendar-fil.");

    // The real file: two of the three weekly meetings (one struck) and the single one.
    await chooseIcs(page, "kalender.ics", icsFile({ sequence: 0, exdates: ["20270114T100000"], budgetLocation: "Stadshuset, rum 201" }));
    expect(await section.getByTestId("calendar-selected-file").innerText()).toMatch(/^Vald fil: kalender\.ics \(\d/);
    await submit.click();
    const summary = section.getByTestId("calendar-import-summary");
    await expect.poll(() => summary.innerText()).toBe("Importen är klar: 3 möten skapade.");
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("calendar-import-result");
    const links = section.getByTestId("imported-meeting").getByRole("link");
    const texts = (await links.allInnerTexts()).sort();
    expect(texts).toEqual([`${BUDGET}, tis 12 jan. 2027 13:00`, `${WEEKLY}, tors 21 jan. 2027 10:00`, `${WEEKLY}, tors 7 jan. 2027 10:00`]);
    for (const href of await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href") ?? ""))) imported.push(decodeURIComponent(href.replace("/moten/", "")));

    // A created meeting's link opens its page, where it can be saved as .ics.
    await section.getByRole("link", { name: `${WEEKLY}, tors 7 jan. 2027 10:00` }).click();
    await page.waitForURL((url) => url.pathname.startsWith("/moten/"));
    const meetingId = decodeURIComponent(new URL(page.url()).pathname.replace("/moten/", ""));
    await page.getByRole("heading", { level: 1, name: WEEKLY }).waitFor();
    expect(await page.getByTestId("meeting-pre-brief").count()).toBe(1);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Lägg till i kalendern (.ics)" }).click()]);
    expect(download.suggestedFilename()).toBe(`${WEEKLY}.ics`);
    const ics = await readFile((await download.path())!, "utf8");
    expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(ics).toContain(`UID:${databaseId(meetingId)}@postboxen`);
    expect(ics).toContain("DTSTART:20270107T090000Z");
    expect(ics.trimEnd().endsWith("END:VCALENDAR")).toBe(true);

    // The same calendar, changed: the single meeting moved room (a later SEQUENCE), the last
    // weekly meeting struck with a second EXDATE, the first one as it was.
    await page.goBack();
    await chooseIcs(page, "kalender.ics", icsFile({ sequence: 1, exdates: ["20270114T100000", "20270121T100000"], budgetLocation: "Stadshuset, rum 105" }));
    await page.getByTestId("calendar-import").getByRole("button", { name: "Importera", exact: true }).click();
    await expect.poll(() => page.getByTestId("calendar-import-summary").innerText()).toBe("Importen är klar: 1 möte uppdaterat, 1 inställt, 1 oförändrat.");
    expect(await page.getByTestId("calendar-import-result").getByRole("heading", { name: "Uppdaterade möten" }).count()).toBe(1);
    expect(await page.getByTestId("imported-meeting").allInnerTexts()).toEqual([`${BUDGET}, tis 12 jan. 2027 13:00`]);

    expect(await page.getByTestId("error-banner").count()).toBe(0);
  });

  it("(b) an admin subscribes to calendars, polls one that leads to an internal address, sees why in words, and removes it", async () => {
    // A calendar address that redirects to a private one: the guarded fetch checks every hop, so
    // the poll fails with BLOCKED_ADDRESS whether or not the operator allows 127.0.0.1 itself.
    const redirector = createServer((_req, res) => {
      res.writeHead(302, { location: "http://10.0.0.1/kalender.ics" }).end();
    });
    await new Promise<void>((resolve) => redirector.listen(0, "::", resolve));
    const port = (redirector.address() as AddressInfo).port;
    try {
      const { page } = await openAs(admin);
      await page.goto("/installningar");
      const feeds = page.getByTestId("calendar-feeds");
      await feeds.locator('[data-testid="calendar-feed-list"], .empty').first().waitFor();
      const form = feeds.getByTestId("calendar-feed-form");
      const name = `E2E kalender ${STAMP}`;
      const published = `E2E webcal ${STAMP}`;

      // An IP literal in a private range is refused when it is added.
      await form.getByLabel("Namn").fill(name);
      await form.getByLabel("Kalenderns adress (ICS)").fill("http://10.0.0.1/kalender.ics");
      await form.getByRole("button", { name: "Lägg till kalendern" }).click();
      await expect.poll(() => form.locator(".field-error").innerText()).toContain("Adressen är inte tillåten (intern eller privat adress).");

      // webcal:// is how calendars are published: it is fetched as https://.
      await form.getByLabel("Namn").fill(published);
      await form.getByLabel("Kalenderns adress (ICS)").fill("webcal://kalender.example.se/e2e.ics");
      await form.getByRole("button", { name: "Lägg till kalendern" }).click();
      await expect.poll(() => feeds.getByTestId("calendar-feeds-status").innerText()).toContain(`${published} är tillagd.`);
      const webcal = feeds.getByTestId("calendar-feed").filter({ hasText: published });
      expect(await webcal.innerText()).toContain("https://kalender.example.se/e2e.ics");

      // A host name is checked at every fetch, after DNS, and so is where it redirects.
      await form.getByLabel("Namn").fill(name);
      await form.getByLabel("Kalenderns adress (ICS)").fill(`http://localhost:${port}/kalender.ics`);
      await form.getByRole("button", { name: "Lägg till kalendern" }).click();
      await expect.poll(() => feeds.getByTestId("calendar-feeds-status").innerText()).toContain(`${name} är tillagd.`);
      const feed = feeds.getByTestId("calendar-feed").filter({ hasText: name });
      await feed.waitFor();
      expect(await feed.getByTestId("calendar-feed-status").innerText()).toBe("Inte hämtad ännu");

      await feed.getByRole("button", { name: `Hämta ${name} nu` }).click();
      await expect
        .poll(() => feed.getByTestId("calendar-feed-outcome").innerText())
        .toBe(`Det gick inte att hämta ${name}. Fel: Adressen är inte tillåten (intern eller privat adress).`);
      expect(await feed.getByTestId("calendar-feed-status").innerText()).toBe("Fel: Adressen är inte tillåten (intern eller privat adress)");
      expect(await feed.getByTestId("calendar-feed-failures").innerText()).toBe("1 misslyckad hämtning i rad");

      for (const [feedName, item] of [[name, feed], [published, webcal]] as const) {
        await item.getByRole("button", { name: `Ta bort ${feedName}` }).click();
        await feeds.getByTestId("confirm-dialog").getByRole("button", { name: "Ta bort kalendern" }).click();
        await item.waitFor({ state: "detached" });
        expect(await feeds.getByTestId("calendar-feeds-status").innerText()).toBe(`${feedName} är borttagen. Mötena från kalendern finns kvar.`);
      }

      expect(await page.getByTestId("error-banner").count()).toBe(0);
    } finally {
      redirector.close();
    }
  });
});
