import { afterAll, describe, expect, it } from "vitest";
import { demoOrgUsers, devToken, gql, openAs, signIn, useBrowser, waitForDashboard, waitForLiveSubscription } from "./helpers";

describe("live updates", () => {
  useBrowser();
  let cleanup: (() => Promise<void>) | undefined;
  afterAll(async () => {
    await cleanup?.();
  });

  it("(b) an item marked done in one browser leaves the other's dashboard without a reload", async () => {
    const users = await demoOrgUsers();
    const editors = users.filter((u) => u.role === "EDITOR" || u.role === "ADMIN");
    const userB = editors[0];
    const userA = users.find((u) => u.id !== userB?.id);
    expect(userA && userB, "the seed has two users, one of whom can edit").toBeTruthy();

    // A is signed in by hand: the dashboard's socket must be watched from the start.
    const { page: pageA } = await openAs(null);
    const subscribedA = waitForLiveSubscription(pageA, "ActionItemChanged");
    await signIn(pageA, userA!);
    await waitForDashboard(pageA);
    await subscribedA;
    // Marks this document: a reload would lose it.
    await pageA.evaluate(() => {
      (window as unknown as { __e2eMarker: string }).__e2eMarker = "kept";
    });

    const { page: pageB } = await openAs(userB!);
    await waitForDashboard(pageB);

    // Pick the first open item B may complete, and make sure A lists it too.
    const rowB = pageB
      .getByTestId("open-action-items")
      .getByTestId("action-item")
      .filter({ has: pageB.getByRole("button", { name: /Markera som klar/ }) })
      .first();
    await rowB.waitFor();
    const itemId = await rowB.getAttribute("data-id");
    expect(itemId).toBeTruthy();
    const rowA = pageA.locator(`[data-testid="open-action-items"] [data-testid="action-item"][data-id="${itemId}"]`);
    expect(await rowA.count(), "both users see the same open item").toBe(1);

    const tokenB = await devToken(userB!.id);
    cleanup = async () => {
      await gql(tokenB, "mutation($input: ReopenActionItemInput!) { reopenActionItem(input: $input) { actionItem { id status } } }", {
        input: { id: itemId },
      }).catch(() => undefined);
    };

    // Give the server a moment to register A's subscription before B acts.
    await pageA.waitForTimeout(500);
    await rowB.getByRole("button", { name: /Markera som klar/ }).click();

    // B's own list drops the item after its refetch.
    await pageB
      .locator(`[data-testid="open-action-items"] [data-testid="action-item"][data-id="${itemId}"]`)
      .waitFor({ state: "detached", timeout: 15_000 });
    // A sees the change live: the item leaves A's open list.
    await rowA.waitFor({ state: "detached", timeout: 15_000 });
    expect(await pageA.evaluate(() => (window as unknown as { __e2eMarker?: string }).__e2eMarker)).toBe("kept");
    expect(await pageA.getByTestId("error-banner").count()).toBe(0);
    expect(await pageB.getByTestId("error-banner").count()).toBe(0);
  });
});
