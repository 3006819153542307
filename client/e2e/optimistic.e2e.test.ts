import { describe, expect, it } from "vitest";
import { openAs, useBrowser, waitForDashboard } from "./helpers";

/**
 * Marking an item done answers before the server does (graphcache's optimistic layer), and a
 * refusal rolls the row back with the error shown. The server's answer is held back and then
 * replaced with a refusal in the browser, so nothing in the database changes.
 */
useBrowser();

describe("optimistic status changes", () => {
  it("flips the row at once, and rolls it back with the error when the server refuses", async () => {
    const { page } = await openAs("EDITOR");
    await waitForDashboard(page);
    const row = page
      .getByTestId("open-action-items")
      .getByTestId("action-item")
      .filter({ has: page.getByRole("button", { name: /Markera som klar/ }) })
      .first();
    await row.waitFor();
    const id = await row.getAttribute("data-id");
    const item = page.locator(`[data-testid="open-action-items"] [data-testid="action-item"][data-id="${id}"]`);

    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let seen = false;
    await page.route("**/graphql", async (route) => {
      if (!(route.request().postData() ?? "").includes("mutation CompleteActionItem")) return route.fallback();
      seen = true;
      await held;
      await route.fulfill({ json: { data: null, errors: [{ message: "Forbidden", extensions: { code: "FORBIDDEN" } }] } });
    });

    await item.getByRole("button", { name: /Markera som klar/ }).click();
    // Before any answer: the row already says done.
    await expect.poll(() => item.getAttribute("data-status"), { timeout: 2_000 }).toBe("DONE");
    expect(seen, "the request is held in the browser").toBe(true);

    release();
    await expect.poll(() => item.getAttribute("data-status")).toBe("OPEN");
    expect(await item.getByRole("alert").innerText()).toBe("Du har inte behörighet att göra det här.");
    expect(await item.getByRole("button", { name: /Markera som klar/ }).isEnabled()).toBe(true);
    await page.unroute("**/graphql");
  });
});
