import { mkdirSync } from "node:fs";
import type { Locator } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { devToken, gql, openAs, useBrowser, usersByRole, waitForDashboard } from "./helpers";

// Charts (issue 13, item 3): the stakeholder map, the dashboard's action trend and the procurement
// sensitivity, in Chromium at 1280 and 390 px. Screenshots go to /tmp/shots-charts/.
const SHOTS = "/tmp/shots-charts";

/** The chart fits the width it is given: nothing sticks out sideways. */
async function expectFits(chart: Locator): Promise<void> {
  const { scroll, client, right, viewport } = await chart.evaluate((el) => ({
    scroll: el.scrollWidth,
    client: el.clientWidth,
    right: el.getBoundingClientRect().right,
    viewport: document.documentElement.clientWidth,
  }));
  expect(scroll).toBeLessThanOrEqual(client + 1);
  expect(right).toBeLessThanOrEqual(viewport + 1);
}

/** The values of the chart's screen-reader table, row by row. */
async function tableRows(chart: Locator): Promise<string[][]> {
  return chart.locator("table tbody tr").evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent ?? "")));
}

describe("charts", () => {
  useBrowser();
  beforeAll(() => {
    mkdirSync(SHOTS, { recursive: true });
  });

  it("the stakeholder map shows the demo stakeholders in quadrants, and a click selects one", async () => {
    const { page } = await openAs("EDITOR");
    await page.goto("/intressenter");
    const chart = page.getByTestId("stakeholder-scatter");
    await chart.locator('[data-testid="chart-point"]').first().waitFor();

    expect(await chart.locator(".chart-drawing[role=img]").getAttribute("aria-label")).toContain("påverkan");
    const names = await chart.locator('[data-testid="chart-point"]').evaluateAll((points) => points.map((p) => p.getAttribute("data-name")));
    for (const name of ["Karin Holm", "Per Åberg", "Birgitta Öst", "Ahmed Yusuf", "Sofia Persson", "Tomas Ekberg"]) expect(names).toContain(name);
    const svgText = (await chart.locator("svg").first().textContent()) ?? "";
    for (const label of ["Håll nöjd", "Hantera nära", "Övervaka", "Håll informerad"]) expect(svgText).toContain(label);

    // Ahmed Yusuf and Sofia Persson are both influence 3, interest 5: drawn apart, not on top of each other.
    const centre = async (name: string) => {
      const box = await chart.locator(`[data-name="${name}"] circle`).last().boundingBox();
      expect(box, name).not.toBeNull();
      return { x: box!.x + box!.width / 2, y: box!.y + box!.height / 2 };
    };
    const ahmed = await centre("Ahmed Yusuf");
    const sofia = await centre("Sofia Persson");
    expect(Math.abs(ahmed.x - sofia.x)).toBeLessThan(2);
    expect(Math.abs(ahmed.y - sofia.y)).toBeGreaterThan(12);
    // The numbers as text: every placed stakeholder with their values.
    const rows = await tableRows(chart);
    expect(rows).toContainEqual(["Karin Holm", "5", "4", "Hantera nära"]);

    await chart.locator('[data-name="Birgitta Öst"]').click();
    const card = page.locator('[data-testid="stakeholder-item"][aria-current="true"]');
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.innerText()).toContain("Birgitta Öst");
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("aria-current"))).toBe("true");
    expect(await page.getByTestId("stakeholder-scatter-selected").innerText()).toContain("Birgitta Öst");
    // The grid is still there as the table view, and its names select too.
    await page.getByTestId("stakeholder-grid").getByRole("button", { name: "Visa Karin Holm i listan" }).click();
    await expect.poll(async () => (await card.innerText()).includes("Karin Holm")).toBe(true);

    await expectFits(chart);
    await chart.screenshot({ path: `${SHOTS}/stakeholders-chart-1280.png` });
    await page.screenshot({ path: `${SHOTS}/stakeholders-1280.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(async () => (await chart.locator("svg").first().boundingBox())?.width ?? 999).toBeLessThan(390);
    await expectFits(chart);
    // Names are never wrapped or cut mid-line by the layout: each label is one SVG text of at most the cell's width.
    const labels = await chart.locator('[data-testid="chart-point"] text').allTextContents();
    expect(labels.length).toBeGreaterThan(0);
    await chart.screenshot({ path: `${SHOTS}/stakeholders-chart-390.png` });
    await page.screenshot({ path: `${SHOTS}/stakeholders-390.png`, fullPage: true });
  });

  it("the dashboard's action trend has a point per day and follows changes live", async () => {
    const { page } = await openAs("EDITOR");
    await waitForDashboard(page);
    const chart = page.getByTestId("action-item-trend-chart");
    await chart.locator(".recharts-area").first().waitFor();
    expect(await chart.locator(".recharts-area").count()).toBe(3);
    expect(await chart.locator(".chart-drawing[role=img]").getAttribute("aria-label")).toContain("30 dagar");
    const before = await tableRows(chart);
    expect(before).toHaveLength(30);
    const today = before[before.length - 1]!;
    const open = Number(today[1]);
    const done = Number(today[3]);

    // A new action item, made elsewhere, reaches the chart through the subscription.
    const [editor] = await usersByRole("EDITOR");
    const token = await devToken(editor!.id);
    const meetings = await gql<{ meetings: { nodes: { id: string }[] } }>(token, "query { meetings(first: 1) { nodes { id } } }");
    const created = await gql<{ createActionItem: { actionItem: { id: string } } }>(
      token,
      "mutation($input: CreateActionItemInput!) { createActionItem(input: $input) { actionItem { id } } }",
      { input: { meetingId: meetings.meetings.nodes[0]!.id, title: `E2E trend ${Date.now().toString(36)}` } },
    );
    await expect.poll(async () => Number((await tableRows(chart)).at(-1)?.[1]), { timeout: 10_000 }).toBe(open + 1);
    await gql(token, "mutation($input: CompleteActionItemInput!) { completeActionItem(input: $input) { actionItem { id } } }", {
      input: { id: created.createActionItem.actionItem.id },
    });
    await expect.poll(async () => Number((await tableRows(chart)).at(-1)?.[3]), { timeout: 10_000 }).toBe(done + 1);
    expect(Number((await tableRows(chart)).at(-1)?.[1])).toBe(open);

    // Another period: 14 points.
    await page.getByTestId("action-item-trend").getByLabel("Period").selectOption("14");
    await expect.poll(async () => (await tableRows(chart)).length).toBe(14);

    await expectFits(chart);
    await page.getByTestId("action-item-trend").screenshot({ path: `${SHOTS}/dashboard-trend-1280.png` });
    await page.screenshot({ path: `${SHOTS}/dashboard-1280.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(async () => (await chart.locator("svg").first().boundingBox())?.width ?? 999).toBeLessThan(390);
    await expectFits(chart);
    await page.getByTestId("action-item-trend").screenshot({ path: `${SHOTS}/dashboard-trend-390.png` });
    await page.screenshot({ path: `${SHOTS}/dashboard-390.png`, fullPage: true });
  });

  it("the procurement sensitivity is drawn after a simulation", async () => {
    const { page } = await openAs("EDITOR");
    await page.goto("/upphandling");
    await page.getByRole("heading", { level: 1, name: "Upphandlingssimulator" }).waitFor();
    await page.getByRole("button", { name: "Simulera", exact: true }).click();
    const criteria = page.getByTestId("sensitivity-criteria-chart");
    const bids = page.getByTestId("sensitivity-bids-chart");
    await criteria.locator(".recharts-bar-rectangle").first().waitFor();
    await bids.locator(".recharts-bar-rectangle").first().waitFor();
    expect(await criteria.locator(".chart-drawing[role=img]").getAttribute("aria-label")).toContain("viktändring");
    expect(await bids.locator(".chart-drawing[role=img]").getAttribute("aria-label")).toContain("prisändring");
    // The table behind each chart: criteria with their current weight, bids with price and price to win.
    const criteriaRows = await tableRows(criteria);
    expect(criteriaRows.some((r) => r[0] === "Trafiksäkerhet")).toBe(true);
    const bidRows = await tableRows(bids);
    expect(bidRows.length).toBeGreaterThan(0);
    expect(bidRows.every((r) => r[1]!.endsWith("kr"))).toBe(true);
    expect(await criteria.locator("svg").first().textContent()).toContain("Nu");

    await expectFits(criteria);
    await page.getByTestId("sensitivity").screenshot({ path: `${SHOTS}/procurement-sensitivity-1280.png` });
    await page.screenshot({ path: `${SHOTS}/procurement-1280.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(async () => (await bids.locator("svg").first().boundingBox())?.width ?? 999).toBeLessThan(390);
    await expectFits(criteria);
    await expectFits(bids);
    await page.getByTestId("sensitivity").screenshot({ path: `${SHOTS}/procurement-sensitivity-390.png` });
    await page.screenshot({ path: `${SHOTS}/procurement-390.png`, fullPage: true });
  });
});
