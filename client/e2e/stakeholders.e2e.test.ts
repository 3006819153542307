import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openAs, useBrowser } from "./helpers";

const SCREENSHOT = "/tmp/postboxen-stakeholders.png";

describe("stakeholders", () => {
  useBrowser();

  async function openStakeholders(page: Page): Promise<void> {
    await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Intressenter" }).click();
    await page.waitForURL((url) => url.pathname === "/intressenter");
    await page.getByRole("heading", { level: 1, name: "Intressenter" }).waitFor();
    await page.getByTestId("stakeholder-item").first().waitFor();
  }

  it("an editor sees the list, the grid and e-mails, creates a stakeholder and finds it by search", async () => {
    const { page } = await openAs("EDITOR");
    await openStakeholders(page);

    expect(await page.getByTestId("stakeholder-item").count()).toBeGreaterThan(0);
    const grid = page.getByTestId("stakeholder-grid");
    await grid.waitFor();
    expect(await grid.getByRole("columnheader").count()).toBe(5);
    expect(await grid.getByRole("rowheader").count()).toBe(5);
    const gridText = (await grid.textContent()) ?? "";
    for (const label of ["Håll nöjd", "Hantera nära", "Övervaka", "Håll informerad"]) expect(gridText).toContain(label);
    // Names are placed in the cells: the first listed (rated) stakeholder appears in the grid.
    expect(await grid.locator(".grid-names li").count()).toBeGreaterThan(0);

    await expect.poll(() => page.getByTestId("stakeholder-email").count()).toBeGreaterThan(0);
    expect(await page.getByTestId("stakeholder-email").first().innerText()).toContain("@");

    // Create a stakeholder with a unique name.
    const name = `E2E Intressent ${Date.now().toString(36)}`;
    await page.getByRole("button", { name: "Ny intressent" }).click();
    const form = page.getByTestId("stakeholder-create-form");
    await form.getByLabel("Namn").fill(name);
    await form.getByLabel("Titel").fill("Testare");
    await form.getByLabel("Organisation").fill("E2E-förvaltningen");
    await form.getByLabel("E-post").fill("inte-en-adress");
    await form.getByLabel("Påverkan (1–5)").selectOption("4");
    await form.getByLabel("Intresse (1–5)").selectOption("2");
    await form.getByRole("button", { name: "Lägg till" }).click();
    // The server's BAD_USER_INPUT shows under the e-mail field.
    await form.locator(".field-error").first().waitFor();
    expect(await form.locator(".field-error").first().innerText()).toContain("e-postadress");
    await form.getByLabel("E-post").fill("e2e.intressent@sundsvik.example");
    await form.getByRole("button", { name: "Lägg till" }).click();
    await form.waitFor({ state: "detached" });

    await page.getByRole("searchbox", { name: "Sök intressenter" }).fill(name);
    await page.getByRole("searchbox", { name: "Sök intressenter" }).press("Enter");
    await expect.poll(() => page.getByTestId("stakeholder-item").count()).toBe(1);
    const item = page.getByTestId("stakeholder-item").first();
    expect(await item.innerText()).toContain(name);
    expect(await item.innerText()).toContain("e2e.intressent@sundsvik.example");
    expect(await grid.getByTestId("grid-cell-4-2").textContent()).toContain(name);

    expect(await page.getByTestId("error-banner").count()).toBe(0);
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
  });

  it("a viewer sees names but no e-mail, no edit buttons and no error banner", async () => {
    const { page } = await openAs("VIEWER");
    await openStakeholders(page);

    const first = page.getByTestId("stakeholder-item").first();
    expect((await first.locator("h3").innerText()).length).toBeGreaterThan(0);
    await page.getByTestId("stakeholder-grid").waitFor();
    expect(await page.getByTestId("stakeholder-email").count()).toBe(0);
    expect(await page.getByTestId("stakeholder-list").innerText()).not.toContain("@");
    expect(await page.getByRole("button", { name: "Ny intressent" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: /^Redigera/ }).count()).toBe(0);
    expect(await page.getByTestId("error-banner").count()).toBe(0);
  });
});
