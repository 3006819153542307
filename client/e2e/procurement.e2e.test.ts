import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { devToken, gql, openAs, useBrowser, usersByRole } from "./helpers";

const SCREENSHOT = "/tmp/procurement.png";

describe("procurement simulator", () => {
  useBrowser();
  const savedNames: string[] = [];
  const stamp = Date.now();

  afterAll(async () => {
    // Remove what the tests saved (the E2E database may be shared through E2E_DATABASE_URL).
    const [editor] = await usersByRole("EDITOR");
    if (!editor || savedNames.length === 0) return;
    const token = await devToken(editor.id);
    const data = await gql<{ procurementScenarios: { nodes: { id: string; name: string }[] } }>(
      token,
      "query { procurementScenarios(first: 100) { nodes { id name } } }",
    );
    for (const node of data.procurementScenarios.nodes.filter((n) => savedNames.includes(n.name))) {
      await gql(token, "mutation($input: DeleteProcurementScenarioInput!) { deleteProcurementScenario(input: $input) { deletedProcurementScenarioId } }", {
        input: { id: node.id },
      }).catch(() => undefined);
    }
  });


  async function simulate(page: Page): Promise<void> {
    const response = page.waitForResponse(
      (r) => new URL(r.url()).pathname === "/graphql" && (r.request().postData() ?? "").includes("SimulateProcurement"),
    );
    await page.getByRole("button", { name: "Simulera", exact: true }).click();
    await response;
    await page.getByRole("button", { name: "Simulera", exact: true }).waitFor();
  }

  it("an editor simulates the prefilled example, sees field errors, saves and compares scenarios", async () => {
    const { page } = await openAs("EDITOR");
    await page.getByRole("link", { name: "Upphandling", exact: true }).click();
    await page.waitForURL((url) => url.pathname === "/upphandling");
    await page.getByRole("heading", { level: 1, name: "Upphandlingssimulator" }).waitFor();
    expect(await page.getByTestId("disclaimer").innerText()).toContain("Beslutsstöd, inte juridisk rådgivning.");

    // The prefilled example: 30 MSEK services, municipality, electronic, open procedure, 3 bids.
    expect(await page.getByLabel("Uppskattat värde (kr, exkl. moms)").inputValue()).toMatch(/^30\s000\s000$/);
    expect(await page.getByTestId("bid-row").count()).toBe(3);

    await simulate(page);
    const result = page.getByTestId("procurement-result");
    await result.waitFor();
    expect(await page.getByTestId("regime-label").innerText()).toBe("Över tröskelvärdet");
    expect(await page.getByTestId("min-tender-days").innerText()).toBe("30 dagar");
    expect(await page.getByTestId("standstill-days").innerText()).toBe("10 dagar");
    expect(await page.getByTestId("procedures").innerText()).toContain("Öppet förfarande");

    const rows = page.getByTestId("ranking-row");
    expect(await rows.count()).toBe(3);
    const suppliers = await rows.locator("th").allInnerTexts();
    for (const name of ["Norrskjutsen AB", "Länstaxi i Mälardalen AB", "Elbuss Sverige AB"]) {
      expect(suppliers.some((s) => s.includes(name))).toBe(true);
    }
    expect(await rows.first().getAttribute("data-rank")).toBe("1");
    expect(await page.getByTestId("sensitivity").innerText()).toContain("Trafiksäkerhet");
    // Warnings are a list with a severity each.
    expect(await page.getByTestId("warnings").locator("li").count()).toBeGreaterThan(0);
    await page.screenshot({ path: SCREENSHOT, fullPage: true });

    // BAD_USER_INPUT from the server lands next to the field, in Swedish.
    const score = page.getByLabel("Anbud 1: poäng för Trafiksäkerhet");
    await score.fill("9");
    await simulate(page);
    const fieldError = page.locator('[data-testid="field-error"][data-field="bids.0.scores.0.score"]');
    await fieldError.waitFor();
    expect(await fieldError.innerText()).toContain("högre än maxpoängen");
    expect(await score.getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByTestId("error-summary").innerText()).toContain("Anbud 1: poäng för Trafiksäkerhet");
    expect(await page.getByTestId("error-summary").innerText()).not.toMatch(/maxScore|stack|Error:/);
    await score.fill("4");
    await simulate(page);
    await page.getByTestId("error-summary").waitFor({ state: "detached" });

    // Save the scenario; it shows up in the list.
    const saved = page.getByTestId("saved-scenarios");
    const nameA = `E2E skolskjuts ${stamp}`;
    savedNames.push(nameA);
    await saved.getByLabel("Namn på scenariot").fill(nameA);
    await saved.getByRole("button", { name: "Spara som nytt" }).click();
    await saved.getByTestId("saved-scenario").filter({ hasText: nameA }).waitFor();

    // A second scenario below the threshold, then compare the two.
    const nameB = `E2E skolskjuts liten ${stamp}`;
    savedNames.push(nameB);
    await page.getByLabel("Uppskattat värde (kr, exkl. moms)").fill("2000000");
    await saved.getByLabel("Namn på scenariot").fill(nameB);
    await saved.getByRole("button", { name: "Spara som nytt" }).click();
    await saved.getByTestId("saved-scenario").filter({ hasText: nameB }).waitFor();

    const compare = page.getByTestId("compare-scenarios");
    await compare.getByLabel("Scenario A").selectOption({ label: nameA });
    await compare.getByLabel("Scenario B").selectOption({ label: nameB });
    await compare.getByRole("button", { name: "Jämför" }).click();
    const regimeRow = compare.locator('[data-testid="compare-row"][data-field="REGIME"]');
    await regimeRow.waitFor();
    expect(await regimeRow.getAttribute("class")).toContain("is-different");
    expect(await regimeRow.innerText()).toContain("Över tröskelvärdet");
    expect(await regimeRow.innerText()).toContain("Under tröskelvärdet");

    // Open the first again: the form and the result follow it.
    await saved.getByRole("button", { name: `Öppna ${nameA}` }).click();
    await expect.poll(() => page.getByLabel("Uppskattat värde (kr, exkl. moms)").inputValue()).toMatch(/^30\s000\s000$/);
    await expect.poll(() => page.getByTestId("regime-label").innerText()).toBe("Över tröskelvärdet");

    // Delete the second through the UI.
    const itemB = saved.getByTestId("saved-scenario").filter({ hasText: nameB });
    await itemB.getByRole("button", { name: `Ta bort ${nameB}` }).click();
    await itemB.getByRole("button", { name: /Bekräfta borttagning/ }).click();
    await itemB.waitFor({ state: "detached" });

    expect(await page.getByTestId("error-banner").count()).toBe(0);
  });

  it("a viewer sees saved scenarios and can simulate, but cannot save or delete", async () => {
    const { page } = await openAs("VIEWER");
    await page.goto("/upphandling");
    await page.getByTestId("regime-label").waitFor();
    const saved = page.getByTestId("saved-scenarios");
    await saved.getByTestId("read-only-note").waitFor();
    await saved.getByTestId("saved-scenario").filter({ hasText: `E2E skolskjuts ${stamp}` }).waitFor();

    expect(await page.getByRole("button", { name: /Spara som nytt|Spara ändringar/ }).count()).toBe(0);
    expect(await page.getByRole("button", { name: /^Ta bort E2E/ }).count()).toBe(0);
    expect(await page.getByLabel("Namn på scenariot").count()).toBe(0);

    await simulate(page);
    expect(await page.getByTestId("regime-label").innerText()).toBe("Över tröskelvärdet");
    expect(await page.getByTestId("error-banner").count()).toBe(0);
  });
});
