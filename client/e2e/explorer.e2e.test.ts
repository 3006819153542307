import { describe, expect, it } from "vitest";
import { baseUrl, openAccountMenu, openAs, useBrowser } from "./helpers";

describe("GraphQL explorer", () => {
  useBrowser();

  it("(e) /explorer loads GraphiQL from the app's own origin only", async () => {
    const { page, user: editor } = await openAs("EDITOR");
    // Everything from here on: the explorer's scripts, styles, fonts and requests.
    const requested: string[] = [];
    page.on("request", (request) => requested.push(request.url()));
    const origin = new URL(baseUrl()).origin;

    const introspection = page.waitForResponse(
      (response) =>
        new URL(response.url()).pathname === "/graphql" &&
        (response.request().postData() ?? "").includes("__schema"),
    );
    await openAccountMenu(page);
    await page.locator("#account-panel").getByRole("link", { name: "GraphQL-utforskare" }).click();
    await page.waitForURL((url) => url.pathname === "/explorer");

    // The query editor (Monaco) is visible.
    await page.locator(".graphiql-container").waitFor();
    const queryEditor = page.locator(".graphiql-query-editor .monaco-editor").first();
    await queryEditor.waitFor({ state: "visible", timeout: 60_000 });
    await page.locator(".graphiql-query-editor .view-lines").first().waitFor();

    // The schema was introspected with the token.
    const response = await introspection;
    expect(response.ok()).toBe(true);
    expect(response.request().headers()["authorization"]).toMatch(/^Bearer \S+/);

    // The headers editor is prefilled with the token.
    const headersEditor = page.locator(".graphiql-editor-tool .graphiql-editor:not(.hidden) .view-lines").first();
    await expect.poll(async () => (await headersEditor.innerText()).replace(/\s+/g, " ")).toContain("Authorization");
    expect((await headersEditor.innerText()).replace(/\s+/g, " ")).toContain("Bearer");

    // Running the default query answers with the signed-in user.
    await page.getByRole("button", { name: /Execute query/i }).click();
    const responseEditor = page.locator(".graphiql-response .view-lines").first();
    await expect
      .poll(async () => (await responseEditor.innerText()).replace(/\s+/g, " "), { timeout: 15_000 })
      .toContain(editor!.name.replace(/\s+/g, " "));

    await page.waitForLoadState("networkidle");
    const foreign = requested.filter((url) => {
      const parsed = new URL(url);
      if (parsed.protocol === "data:" || parsed.protocol === "blob:") return false;
      return parsed.origin !== origin;
    });
    expect(foreign).toEqual([]);
    expect(requested.length).toBeGreaterThan(0);
  });
});
