import { describe, expect, it } from "vitest";
import { baseUrl, devToken, gql, openAs, openSettingsFromMenu, useBrowser } from "./helpers";

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
  useBrowser();

  it("an admin creates a READ API token, sees its secret once, uses it and revokes it", async () => {
    const { page, user: admin } = await openAs("ADMIN");
    await openSettingsFromMenu(page);
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
    const dialog = page.getByTestId("settings-tokens").getByTestId("confirm-dialog");
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain(label);
    await dialog.getByRole("button", { name: "Återkalla nyckeln" }).click();
    await expect.poll(() => listed.getByTestId("api-token-status").innerText()).toMatch(/^Återkallad/);
    expect(await listed.getByRole("button", { name: /Återkalla/ }).count()).toBe(0);

    expect((await viewerRoleWith(secret)).status).toBe(401);

    expect(await page.getByTestId("error-banner").count()).toBe(0);
  });

  it("an admin cannot demote themself: the server's refusal is shown in Swedish", async () => {
    const { page, user: admin } = await openAs("ADMIN");
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
  });

  it("an editor reaches only their own notification settings under Inställningar, not the organisation's", async () => {
    const { page } = await openAs("EDITOR");
    const operations: string[] = [];
    page.on("request", (request) => {
      if (request.url().endsWith("/graphql") && request.method() === "POST") operations.push(request.postData() ?? "");
    });
    await page.getByTestId("viewer-info").waitFor();
    await openSettingsFromMenu(page);
    await page.getByTestId("notification-form").waitFor();
    expect(await page.getByRole("heading", { level: 2, name: "Aviseringar" }).count()).toBe(1);
    expect(await page.getByTestId("settings-no-access").count()).toBe(0);
    for (const adminOnly of ["settings-users", "settings-tokens", "settings-nudge-rules"]) {
      expect(await page.getByTestId(adminOnly).count(), adminOnly).toBe(0);
    }
    expect(await page.getByRole("navigation", { name: "Delar av inställningarna" }).count()).toBe(0);
    expect(operations.some((body) => /\b(users|apiTokens|nudgeSettings)\b/.test(body))).toBe(false);
    expect(await page.getByTestId("error-banner").count()).toBe(0);
  });

  it("a user sets a Slack webhook (the server's refusal shown in Swedish first), sees it as Inställd, removes it, and picks own quiet hours", async () => {
    const { page, user: editor } = await openAs("EDITOR");
    await page.goto("/installningar");
    const form = page.getByTestId("notification-form");
    await form.waitFor();

    // No SMTP in the E2E server: e-mail is off, with the reason.
    const email = form.getByRole("checkbox", { name: "Påminnelser per e-post" });
    expect(await email.isDisabled()).toBe(true);
    expect(await form.getByTestId("email-unavailable").innerText()).toContain("ingen e-postserver är inställd");

    const slack = form.getByLabel("Slack-webhook");
    await slack.fill("http://example.com/hook");
    await form.getByRole("button", { name: "Spara aviseringar" }).click();
    await expect.poll(() => slack.getAttribute("aria-invalid")).toBe("true");
    expect(await form.innerText()).toContain("Adressen godtogs inte");

    await slack.fill("https://hooks.slack.com/services/T000/B000/e2e");
    await form.getByRole("button", { name: "Spara aviseringar" }).click();
    const status = page.getByTestId("notification-status");
    await expect.poll(() => status.innerText()).toBe("Dina aviseringsinställningar är sparade.");
    await expect.poll(() => form.getByTestId("webhook-slack-status").count()).toBe(1);
    expect(await form.getByTestId("webhook-slack-status").innerText()).toBe("Inställd");
    expect(await page.content()).not.toContain("hooks.slack.com/services/T000");

    await form.getByRole("button", { name: "Ta bort Slack-webhook" }).click();
    await expect.poll(() => status.innerText()).toBe("Slack-webhook är borttagen.");
    await expect.poll(() => form.getByTestId("webhook-slack-status").count()).toBe(0);

    // Own quiet hours, then back to the organisation's.
    await form.getByRole("radio", { name: "Egna tider" }).check();
    await form.getByLabel("Från").fill("20:00");
    await form.getByLabel("Till").fill("07:30");
    await form.getByRole("button", { name: "Spara aviseringar" }).click();
    await expect.poll(() => status.innerText()).toBe("Dina aviseringsinställningar är sparade.");
    const prefs = await gql<{ notificationPreferences: { quietStart: string; quietEnd: string; ownQuietHours: boolean } }>(
      await devToken(editor!.id),
      "{ notificationPreferences { quietStart quietEnd ownQuietHours } }",
    );
    expect(prefs.notificationPreferences).toEqual({ quietStart: "20:00", quietEnd: "07:30", ownQuietHours: true });
    await form.getByRole("radio", { name: /^Organisationens tider/ }).check();
    await form.getByRole("button", { name: "Spara aviseringar" }).click();
    await expect.poll(async () => (await gql<{ notificationPreferences: { ownQuietHours: boolean } }>(await devToken(editor!.id), "{ notificationPreferences { ownQuietHours } }")).notificationPreferences.ownQuietHours).toBe(false);

    expect(await page.getByTestId("error-banner").count()).toBe(0);
  });

  it("an admin changes the nudge rules: a window out of range gets the server's field error in Swedish", async () => {
    const { page, user: admin } = await openAs("ADMIN");
    await page.goto("/installningar");
    const form = page.getByTestId("nudge-rules-form");
    await form.waitFor();
    const hours = form.getByLabel(/arbetstimmar utan rörelse/);
    expect(await hours.inputValue()).toBe("48");

    await hours.fill("5");
    await form.getByRole("button", { name: "Spara reglerna" }).click();
    await expect.poll(() => hours.getAttribute("aria-invalid")).toBe("true");
    expect(await form.innerText()).toContain("Ange ett heltal mellan 8 och 400.");

    const dueSoon = form.getByRole("checkbox", { name: "Påminn arbetsdagen före slutdatumet" });
    await hours.fill("40");
    await dueSoon.uncheck();
    await form.getByRole("button", { name: "Spara reglerna" }).click();
    await expect.poll(() => page.getByTestId("nudge-rules-status").innerText()).toBe("Påminnelsereglerna är sparade.");
    const token = await devToken(admin!.id);
    const rules = await gql<{ nudgeSettings: { stalledHours: number; dueSoon: boolean } }>(token, "{ nudgeSettings { stalledHours dueSoon } }");
    expect(rules.nudgeSettings).toEqual({ stalledHours: 40, dueSoon: false });

    // Back to the defaults: other tests count on them.
    await gql(token, "mutation { updateNudgeSettings(input: { stalledHours: 48, dueSoon: true }) { stalledHours } }");
    expect(await page.getByTestId("error-banner").count()).toBe(0);
  });
});
