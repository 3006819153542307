import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, launchBrowser, newContext, signIn, usersByRole, watchPageErrors } from "./helpers";

const SCREENSHOT = "/tmp/postboxen-settings.png";


/** `{ viewer { role } }` with an API token, straight from the test. */
async function viewerRoleWith(token: string): Promise<{ status: number; role?: string }> {
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: "{ viewer { role } }" }),
  });
  if (!response.ok) return { status: response.status };
  const body = (await response.json()) as { data?: { viewer: { role: string } } };
  return { status: response.status, role: body.data?.viewer.role };
}

describe("settings", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("an admin creates a READ API token, sees its secret once, uses it and revokes it", async () => {
    const [admin] = await usersByRole("ADMIN");
    expect(admin, "the seed has an admin").toBeDefined();
    const context = await newContext(browser);
    const page = await context.newPage();
    const pageErrors = watchPageErrors(page);

    await signIn(page, admin!);
    const settingsLink = page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Inställningar" });
    await settingsLink.waitFor();
    await settingsLink.click();
    await page.waitForURL((url) => url.pathname === "/installningar");
    await expect.poll(() => page.getByRole("heading", { level: 1, name: "Inställningar" }).count()).toBe(1);

    // Users: the list has loaded and includes the admin.
    const users = page.getByTestId("settings-users").getByTestId("settings-user");
    await users.first().waitFor();
    expect(await page.getByTestId("settings-users").innerText()).toContain(admin!.name);

    // Create a token with READ only.
    const label = `E2E-integration ${Date.now()}`;
    const form = page.getByTestId("create-token-form");
    await form.getByLabel("Namn på nyckeln").fill(label);
    const read = form.getByRole("checkbox", { name: "Läsa" });
    const write = form.getByRole("checkbox", { name: "Skriva" });
    if (!(await read.isChecked())) await read.check();
    if (await write.isChecked()) await write.uncheck();
    await form.getByLabel("Giltig i antal dagar (1–365)").fill("30");
    await form.getByRole("button", { name: "Skapa API-nyckel" }).click();

    const secretBox = page.getByTestId("api-token-secret-box");
    await secretBox.waitFor();
    expect(await secretBox.innerText()).toContain("Kopiera nyckeln nu – den visas inte igen");
    const secret = (await page.getByTestId("api-token-secret").innerText()).trim();
    expect(secret.startsWith("pbx_")).toBe(true);
    expect(await page.getByTestId("api-token-curl").innerText()).toContain(`Bearer ${secret}`);
    expect(await secretBox.getByRole("button", { name: "Kopiera nyckeln" }).count()).toBe(1);

    // The new token is listed, active, with its prefix.
    const item = page.getByTestId("api-token").filter({ hasText: label });
    await item.waitFor();
    expect(await item.innerText()).toContain(secret.slice(0, 10));
    expect(await item.getByTestId("api-token-status").innerText()).toBe("Aktiv");

    // It works: a READ token acts as a viewer.
    expect(await viewerRoleWith(secret)).toEqual({ status: 200, role: "VIEWER" });

    await page.screenshot({ path: SCREENSHOT, fullPage: true });

    // Shown once: after dismissing (and after a reload) the secret is gone.
    await secretBox.getByRole("button", { name: "Jag har sparat nyckeln" }).click();
    expect(await page.getByTestId("api-token-secret").count()).toBe(0);
    await page.reload();
    await page.getByTestId("api-token").filter({ hasText: label }).waitFor();
    expect(await page.getByTestId("api-token-secret").count()).toBe(0);
    expect(await page.content()).not.toContain(secret);

    // Revoke, through the confirm dialog.
    const listed = page.getByTestId("api-token").filter({ hasText: label });
    await listed.getByRole("button", { name: `Återkalla ${label}` }).click();
    const dialog = page.getByTestId("confirm-dialog");
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain(label);
    await dialog.getByRole("button", { name: "Återkalla nyckeln" }).click();
    await expect.poll(() => listed.getByTestId("api-token-status").innerText()).toMatch(/^Återkallad/);
    expect(await listed.getByRole("button", { name: /Återkalla/ }).count()).toBe(0);

    expect((await viewerRoleWith(secret)).status).toBe(401);

    expect(await page.getByTestId("error-banner").count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it("an admin cannot demote themself: the server's refusal is shown in Swedish", async () => {
    const [admin] = await usersByRole("ADMIN");
    const context = await newContext(browser);
    const page = await context.newPage();
    const pageErrors = watchPageErrors(page);

    await signIn(page, admin!);
    await page.goto("/installningar");
    const select = page.getByLabel(`Roll för ${admin!.name}`);
    await select.waitFor();
    await select.selectOption("VIEWER");
    const error = page.getByTestId("user-role-error");
    await error.waitFor();
    expect(await error.innerText()).toContain("Du kan inte ta bort din egen administratörsroll");
    await expect.poll(() => select.inputValue()).toBe("ADMIN");

    // Adding a user with an invalid e-mail: the server's problem is shown under the field.
    const form = page.getByTestId("add-user-form");
    await form.getByLabel("Namn").fill("Testa Testsson");
    await form.getByLabel("E-postadress").fill("inte-en-adress");
    await form.getByRole("button", { name: "Lägg till användare" }).click();
    const email = form.getByLabel("E-postadress");
    await expect.poll(() => email.getAttribute("aria-invalid")).toBe("true");
    expect(await form.innerText()).toContain("Ange en giltig e-postadress");
    expect(await page.getByTestId("error-banner").count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it("an editor sees no settings link and no permission on /installningar", async () => {
    const [editor] = await usersByRole("EDITOR");
    expect(editor, "the seed has an editor").toBeDefined();
    const context = await newContext(browser);
    const page = await context.newPage();
    const pageErrors = watchPageErrors(page);

    await signIn(page, editor!);
    await page.getByTestId("viewer-info").waitFor();
    expect(await page.getByRole("link", { name: "Inställningar" }).count()).toBe(0);

    await page.goto("/installningar");
    const noAccess = page.getByTestId("settings-no-access");
    await noAccess.waitFor();
    expect(await noAccess.innerText()).toContain("Du har inte behörighet");
    expect(await page.getByTestId("settings-users").count()).toBe(0);
    expect(await page.getByTestId("error-banner").count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
