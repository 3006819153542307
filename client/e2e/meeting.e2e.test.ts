import { describe, expect, it } from "vitest";
import { devToken, gql, openAs, useBrowser, usersByRole } from "./helpers";

interface MeetingsData {
  meetings: {
    nodes: Array<{
      id: string;
      title: string;
      decisions: { totalCount: number };
      actionItems: { totalCount: number };
    }>;
  };
}

describe("meeting page", () => {
  useBrowser();

  it("(c) shows a meeting's agenda, participants, decisions and action items", async () => {
    const [editor] = await usersByRole("EDITOR");
    expect(editor).toBeDefined();

    // Find a meeting with decisions and action items through the API (no dependence on titles).
    const token = await devToken(editor!.id);
    const data = await gql<MeetingsData>(
      token,
      `query { meetings(first: 100) { nodes { id title decisions(first: 1) { totalCount } actionItems(first: 1) { totalCount } } } }`,
    );
    const candidates = data.meetings.nodes.filter((m) => m.decisions.totalCount > 0);
    const meeting = candidates.find((m) => m.actionItems.totalCount > 0) ?? candidates[0];
    expect(meeting, "the seed has a meeting with decisions").toBeDefined();

    const { page } = await openAs(editor!);
    await page.goto(`/moten/${encodeURIComponent(meeting!.id)}`);

    await page.getByRole("heading", { level: 1, name: meeting!.title }).waitFor();
    for (const heading of ["Dagordning", "Deltagare", "Beslut", "Åtgärdspunkter"]) {
      expect(await page.getByRole("heading", { level: 2, name: heading }).count()).toBe(1);
    }
    const decisions = page.getByTestId("meeting-decisions").getByTestId("decision");
    await decisions.first().waitFor();
    expect(await decisions.count()).toBe(Math.min(meeting!.decisions.totalCount, 100));

    const items = page.getByTestId("meeting-action-items").getByTestId("action-item");
    if (meeting!.actionItems.totalCount > 0) {
      await items.first().waitFor();
      expect(await items.count()).toBe(Math.min(meeting!.actionItems.totalCount, 100));
    } else {
      await page.getByText("Inga åtgärdspunkter").waitFor();
    }
    expect(await page.getByTestId("error-banner").count()).toBe(0);

    // Back to the meetings through the link.
    await page.getByRole("link", { name: /Alla möten/ }).click();
    await page.waitForURL((url) => url.pathname === "/moten");
  });

  it("shows a Swedish not-found message for an unknown meeting", async () => {
    const { page } = await openAs("EDITOR");
    await page.goto("/moten/finns-inte-0000");
    await page.getByTestId("error-banner").waitFor();
    const text = await page.getByTestId("error-banner").innerText();
    expect(text).toMatch(/Mötet hittades inte|Det du letar efter finns inte|Uppgifterna är ogiltiga/);
  });
});
