import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { devToken, gql, openAs, useBrowser, usersByRole } from "./helpers";

/**
 * Every page, signed in as an administrator (who sees the most), at 1280 and 390 px: axe-core finds
 * no serious or critical violation, and nothing scrolls sideways. Signed out: the sign-in page and
 * the not-found page. Moderate findings are printed, not failed (they are fixed as they are seen).
 */
const WIDTHS = [1280, 390];
/** The narrowest phone the layout promises: checked for sideways scrolling (axe's rules do not depend on width). */
const NARROWEST = 360;

useBrowser();
let meetingPath = "";

beforeAll(async () => {
  const [admin] = await usersByRole("ADMIN");
  const token = await devToken(admin!.id);
  const data = await gql<{ meetings: { nodes: { id: string }[] } }>(token, `{ meetings(first: 1, orderBy: { field: STARTS_AT, direction: ASC }) { nodes { id } } }`);
  meetingPath = `/moten/${encodeURIComponent(data.meetings.nodes[0]!.id)}`;
});

/** The problems of one page, as lines (empty when it passes). */
async function check(page: Page, label: string): Promise<string[]> {
  // Let live data and lazy parts settle: the page's main heading is there and nothing is loading.
  try {
    await page.locator("h1").first().waitFor({ timeout: 15_000 });
    await expect.poll(() => page.locator('[role="status"].loading').count(), { timeout: 15_000 }).toBe(0);
  } catch {
    return [`${label}: no main heading, or still loading after 15 s`];
  }
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  const blocking = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const moderate = results.violations.filter((v) => v.impact === "moderate" || v.impact === "minor");
  if (moderate.length) console.log(`${label}: moderate/minor ${moderate.map((v) => `${v.id} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")})`).join(", ")}`);
  const problems = blocking.map((v) => `${label}: ${v.id} [${v.impact}] ${v.help}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  if (overflow > 0) problems.push(`${label}: scrolls sideways by ${overflow} px`);
  return problems;
}

describe("accessibility and layout of every page (axe-core, 1280 and 390 px)", () => {
  for (const width of WIDTHS) {
    it(`signed in as an administrator at ${width} px`, async () => {
      const { page, close } = await openAs("ADMIN", { width });
      const pages = [
        "/",
        "/moten",
        "/moten?visa=tidigare",
        "/moten/nytt",
        meetingPath,
        "/mina-atgarder",
        "/aviseringar",
        "/upphandling",
        "/intressenter",
        "/omvarldsbevakning",
        "/installningar",
        "/installningar/jobb",
        "/installningar/logg",
        "/omvarldsbevakning/installningar",
        "/explorer",
        "/moten/finns-inte",
        "/finns-inte",
      ];
      const problems: string[] = [];
      for (const path of pages) {
        await page.goto(path);
        problems.push(...(await check(page, `${path} at ${width} px`)));
      }
      // The menu, opened on a narrow screen, is part of the page too.
      if (width < 1180) {
        await page.goto("/");
        await page.getByTestId("menu-button").click();
        await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Möten" }).waitFor();
        problems.push(...(await check(page, `the open menu at ${width} px`)));
      }
      await close();
      expect(problems).toEqual([]);
    });
  }

  it(`nothing scrolls sideways at ${NARROWEST} px`, async () => {
    const { page, close } = await openAs("ADMIN", { width: NARROWEST, height: 800 });
    const wide: string[] = [];
    for (const path of ["/", "/moten", "/moten/nytt", meetingPath, "/mina-atgarder", "/aviseringar", "/upphandling", "/intressenter", "/omvarldsbevakning", "/installningar", "/installningar/jobb", "/installningar/logg"]) {
      await page.goto(path);
      await page.locator("h1").first().waitFor();
      await expect.poll(() => page.locator('[role="status"].loading').count(), { timeout: 15_000 }).toBe(0);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) wide.push(`${path}: ${overflow} px`);
    }
    await close();
    expect(wide).toEqual([]);
  });

  it("signed out: the sign-in page and a page that does not exist", async () => {
    const problems: string[] = [];
    for (const width of WIDTHS) {
      const { page, close } = await openAs(null, { width });
      for (const path of ["/logga-in", "/finns-inte"]) {
        await page.goto(path);
        problems.push(...(await check(page, `${path} signed out at ${width} px`)));
      }
      await close();
    }
    expect(problems).toEqual([]);
  });
});
