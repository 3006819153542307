import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { devToken, gql, openAccountMenu, openAs, signIn, useBrowser, usersByRole } from "./helpers";

const SHOTS = process.env.E2E_SHOTS_DIR;

/** Screenshots at 1280 and 390 px wide (E2E_SHOTS_DIR set), of the page or of one part of it. */
async function shoot(page: Page, name: string, part?: Locator) {
  if (!SHOTS) return;
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    if (part) await part.screenshot({ path: `${SHOTS}/${name}-${width}.png` });
    else await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe("sign-in, sessions across tabs, users and the audit log", () => {
  useBrowser();

  it("lists the README's demo organisation first and shares one session between tabs until sign-out", async () => {
    const [editor] = await usersByRole("EDITOR");
    const { page: first, context } = await openAs(null);
    await first.goto("/logga-in");
    await first.getByTestId("sign-in-user").first().waitFor();
    const orgHeadings = await first.locator(".org-group > h2").allInnerTexts();
    if (orgHeadings.length > 1) expect(orgHeadings[0]).toBe("Sundsviks kommun");
    expect(await first.getByText("gäller i alla flikar").count()).toBe(1);
    await shoot(first, "sign-in");

    await signIn(first, editor!);
    // A second tab of the same browser is signed in already; the token never appears in its address.
    const second = await context.newPage();
    await second.goto("/");
    await expect.poll(() => second.getByRole("heading", { level: 1, name: "Översikt" }).count()).toBe(1);
    expect(second.url()).not.toMatch(/token|eyJ/);

    // Signing out in the first tab signs the second out too, and it says why.
    await openAccountMenu(first);
    await first.locator("#account-panel").getByRole("button", { name: "Logga ut" }).click();
    await second.waitForURL((url) => url.pathname === "/logga-in");
    await expect.poll(() => second.getByText("Du loggades ut i en annan flik").count()).toBe(1);
  });

  it("an admin deactivates a user after confirming, who then cannot sign in; the audit log shows it, filtered by kind", async () => {
    const [admin] = await usersByRole("ADMIN");
    const adminToken = await devToken(admin!.id);
    const name = `Avaktiveras E2E ${Date.now()}`;
    const created = await gql<{ createUser: { user: { id: string } } }>(
      adminToken,
      `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } } }`,
      { input: { name, email: `avaktiveras-${Date.now()}@e2e.example`, role: "VIEWER" } },
    );
    expect(created.createUser.user.id).toBeTruthy();

    const { page } = await openAs(admin!);
    await page.goto("/installningar");
    const row = page.getByTestId("settings-user").filter({ hasText: name });
    await row.waitFor();
    expect(await row.getByTestId("user-status").innerText()).toBe("Aktiv");
    // No button to deactivate yourself.
    const self = page.getByTestId("settings-user").filter({ hasText: admin!.name });
    expect(await self.getByTestId("user-deactivate").count()).toBe(0);

    // Cancel first: nothing changes.
    await row.getByRole("button", { name: `Avaktivera ${name}` }).click();
    const dialog = page.getByTestId("confirm-dialog").filter({ hasText: `Avaktivera ${name}?` });
    await dialog.waitFor();
    await shoot(page, "users-confirm", dialog);
    await dialog.getByRole("button", { name: "Avbryt" }).click();
    expect(await row.getByTestId("user-status").innerText()).toBe("Aktiv");

    await row.getByRole("button", { name: `Avaktivera ${name}` }).click();
    await dialog.getByRole("button", { name: "Avaktivera" }).click();
    await expect.poll(() => row.getByTestId("user-status").innerText()).toBe("Avaktiverad");
    expect(await row.getByRole("button", { name: `Återaktivera ${name}` }).count()).toBe(1);
    await shoot(page, "users", page.getByTestId("settings-users"));

    // The sign-in page no longer offers them.
    const other = await openAs(null);
    await other.page.goto("/logga-in");
    await other.page.getByTestId("sign-in-user").first().waitFor();
    expect(await other.page.getByRole("button", { name: new RegExp(name) }).count()).toBe(0);
    await other.close();

    // Inställningar → Logg: the deactivation on top, by the admin, with the kind filter in the address.
    await page.getByRole("navigation", { name: "Delar av inställningarna" }).getByRole("link", { name: "Logg" }).click();
    await page.waitForURL((url) => url.pathname === "/installningar/logg");
    await expect.poll(() => page.getByRole("heading", { level: 2, name: "Händelselogg" }).count()).toBe(1);
    const firstEvent = page.getByTestId("audit-event").first();
    await firstEvent.waitFor();
    expect(await firstEvent.getAttribute("data-action")).toBe("USER_DEACTIVATED");
    expect(await firstEvent.getByTestId("audit-actor").innerText()).toBe(admin!.name);
    await shoot(page, "audit-log");

    await page.getByLabel("Händelsetyp").selectOption("USER_CREATED");
    await page.waitForURL((url) => url.searchParams.get("typ") === "USER_CREATED");
    await expect.poll(async () => [...new Set(await page.getByTestId("audit-event").evaluateAll((els) => els.map((el) => el.getAttribute("data-action"))))]).toEqual(["USER_CREATED"]);

    // Reactivate: back to "Aktiv".
    await page.goto("/installningar");
    await row.getByRole("button", { name: `Återaktivera ${name}` }).click();
    await page.getByTestId("confirm-dialog").filter({ hasText: `Återaktivera ${name}?` }).getByRole("button", { name: "Återaktivera" }).click();
    await expect.poll(() => row.getByTestId("user-status").innerText()).toBe("Aktiv");
  });

  it("offers no post-brief for a meeting that has not started, and says when it can be made", async () => {
    const [editor] = await usersByRole("EDITOR");
    const token = await devToken(editor!.id);
    const { meetings } = await gql<{ meetings: { nodes: { id: string; startsAt: string; viewerCanEdit: boolean }[] } }>(
      token,
      `query { meetings(first: 100) { nodes { id startsAt viewerCanEdit } } }`,
    );
    const upcoming = meetings.nodes.find((m) => Date.parse(m.startsAt) > Date.now() + 3_600_000 && m.viewerCanEdit);
    expect(upcoming, "the demo has an upcoming meeting").toBeDefined();

    const { page } = await openAs(editor!);
    await page.goto(`/moten/${encodeURIComponent(upcoming!.id)}`);
    const panel = page.getByTestId("meeting-briefs");
    await panel.waitFor();
    const button = panel.getByRole("button", { name: "Skapa efterhandsbrief" });
    expect(await button.isDisabled()).toBe(true);
    expect(await panel.getByTestId("brief-not-started").innerText()).toContain("när mötet har börjat");
    await shoot(page, "meeting-briefs", page.locator(".briefs-row"));
  });
});
