import { describe, expect, it } from "vitest";
import { openAccountMenu, openAs, useBrowser, waitForDashboard } from "./helpers";

const SCREENSHOT = "/tmp/postboxen-dashboard.png";

describe("dashboard", () => {
  useBrowser();

  it("(a) an editor sees upcoming meetings and open/overdue action items without errors", async () => {
    const { page, user: editor } = await openAs("EDITOR");
    await waitForDashboard(page);

    // Header: the user; the account menu adds organisation, role and sign-out.
    const viewerInfo = page.getByTestId("viewer-info");
    await viewerInfo.waitFor();
    await expect.poll(() => viewerInfo.innerText()).toContain(editor!.name);
    await openAccountMenu(page);
    expect(await viewerInfo.innerText()).toContain(editor!.organization);
    expect(await viewerInfo.innerText()).toContain("Redigerare");
    expect(await page.getByRole("button", { name: "Logga ut" }).count()).toBe(1);
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator("#account-panel").isVisible()).toBe(false);

    const meetings = page.getByTestId("upcoming-meetings").getByTestId("meeting-item");
    expect(await meetings.count()).toBeGreaterThan(0);
    expect(await meetings.count()).toBeLessThanOrEqual(10);

    const items = page.getByTestId("open-action-items").getByTestId("action-item");
    expect(await items.count()).toBeGreaterThan(0);
    const overdue = page.getByTestId("open-action-items").getByTestId("overdue-badge");
    expect(await overdue.count()).toBeGreaterThan(0);
    expect(await overdue.first().innerText()).toBe("Försenad");
    expect(await page.getByRole("button", { name: /Markera som klar/ }).count()).toBeGreaterThan(0);

    expect(await page.getByTestId("error-banner").count()).toBe(0);

    await page.screenshot({ path: SCREENSHOT, fullPage: true });
  });

  it("(d) a viewer sees no 'Markera som klar' buttons", async () => {
    const { page } = await openAs("VIEWER");
    await waitForDashboard(page);
    const items = page.getByTestId("open-action-items").getByTestId("action-item");
    expect(await items.count()).toBeGreaterThan(0);
    expect(await page.getByRole("button", { name: /Markera som klar/ }).count()).toBe(0);
    expect(await page.getByRole("button", { name: /Återöppna/ }).count()).toBe(0);

    // Nor on a meeting page.
    const meetingLink = page.getByTestId("open-action-items").getByRole("link", { name: /^Från mötet/ }).first();
    if ((await meetingLink.count()) > 0) {
      await meetingLink.click();
      await page.getByTestId("meeting-action-items").waitFor();
      await page.getByTestId("meeting-action-items").getByTestId("action-item").first().waitFor();
      expect(await page.getByRole("button", { name: /Markera som klar|Återöppna/ }).count()).toBe(0);
    }

    expect(await page.getByTestId("error-banner").count()).toBe(0);
  });
});
