import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manualClock } from "../../src/platform/clock";
import { ActionItem, ActionItemStatus } from "../../src/modules/decisions/action-item.entity";
import { createOrg, startTestServer, type TestOrg, type TestServer } from "../helpers";

// actionItemTrend (issue 13, item 3): per Europe/Stockholm day, the organisation's open, done and
// overdue action items as they stood at the end of that day; "today" from the injected clock.
// The week chosen spans the switch to summer time (Sunday 28 March 2027), so one day ends at
// 23:00 UTC and the next at 22:00 UTC.

const clock = manualClock("2027-03-29T10:00:00Z"); // Monday 12:00 in Stockholm
let server: TestServer;
let a: TestOrg;
let b: TestOrg;

const TREND = `query($days: Int) { actionItemTrend(days: $days) { date open done overdue } }`;
const TREND_DEFAULT = `{ actionItemTrend { date open done overdue } }`;
type Trend = { actionItemTrend: { date: string; open: number; done: number; overdue: number }[] };

const sql = (text: string, params: unknown[] = []) => server.db.system().getConnection().execute(text, params);

/** An item of `org` whose history columns are set in SQL (the product stamps real time). */
async function item(org: TestOrg, opts: { created: string; status?: ActionItemStatus; completed?: string; updated?: string; due?: string }) {
  const em = server.db.system();
  const row = em.create(ActionItem, { organization: org.org, meeting: org.meeting, title: "Trendåtgärd", dueDate: opts.due ?? null });
  await em.flush();
  await sql(`update action_items set created_at = ?, status = ?, completed_at = ?, updated_at = ? where id = ?`, [
    opts.created,
    opts.status ?? ActionItemStatus.OPEN,
    opts.completed ?? null,
    opts.updated ?? opts.completed ?? opts.created,
    row.id,
  ]);
}

beforeAll(async () => {
  server = await startTestServer({}, { clock });
  a = await createOrg(server.db, "Trendkommun");
  b = await createOrg(server.db, "Grannkommun");
  // createOrg's own item (open, due 2020-01-01) has existed since long before the week in view.
  await sql(`update action_items set created_at = '2027-03-01T08:00:00Z' where id in (?, ?)`, [a.actionItem.id, b.actionItem.id]);

  // Created 23:30 on Friday 26th (CET), and 00:30 on Saturday 27th.
  await item(a, { created: "2027-03-26T22:30:00Z" });
  await item(a, { created: "2027-03-26T23:30:00Z" });
  // Done 00:30 on Monday 29th (CEST): still open at the end of Sunday, whose end is 22:00 UTC.
  await item(a, { created: "2027-03-20T08:00:00Z", status: ActionItemStatus.DONE, completed: "2027-03-28T22:30:00Z" });
  // Due Saturday 27th: overdue from Sunday on, not on the day itself.
  await item(a, { created: "2027-03-01T08:00:00Z", due: "2027-03-27" });
  // Cancelled on Friday 26th: open on Thursday, then out of the counts.
  await item(a, { created: "2027-03-01T08:00:00Z", status: ActionItemStatus.CANCELLED, updated: "2027-03-26T12:00:00Z" });
  // Overdue on Thursday, done on Friday.
  await item(a, { created: "2027-03-01T08:00:00Z", due: "2027-03-20", status: ActionItemStatus.DONE, completed: "2027-03-26T12:00:00Z" });
  // Another organisation's items never reach a's counts.
  await item(b, { created: "2027-03-01T08:00:00Z", status: ActionItemStatus.DONE, completed: "2027-03-02T08:00:00Z" });
  await item(b, { created: "2027-03-27T08:00:00Z" });
});

afterAll(async () => {
  await server?.stop();
});

describe("actionItemTrend", () => {
  it("counts open, done and overdue items at the end of each Stockholm day, ending today", async () => {
    const res = await server.gql<Trend>(TREND, { days: 5 }, await server.tokenFor(a.viewer));
    expect(res.errors).toBeUndefined();
    expect(res.data?.actionItemTrend).toEqual([
      { date: "2027-03-25", open: 5, done: 0, overdue: 2 },
      { date: "2027-03-26", open: 4, done: 1, overdue: 1 },
      { date: "2027-03-27", open: 5, done: 1, overdue: 1 },
      { date: "2027-03-28", open: 5, done: 1, overdue: 2 },
      { date: "2027-03-29", open: 4, done: 2, overdue: 2 },
    ]);
  });

  it("counts only the caller's organisation", async () => {
    const res = await server.gql<Trend>(TREND, { days: 3 }, await server.tokenFor(b.editor));
    expect(res.errors).toBeUndefined();
    expect(res.data?.actionItemTrend).toEqual([
      { date: "2027-03-27", open: 2, done: 1, overdue: 1 },
      { date: "2027-03-28", open: 2, done: 1, overdue: 1 },
      { date: "2027-03-29", open: 2, done: 1, overdue: 1 },
    ]);
  });

  it("moves with the clock: after midnight the series ends on the new day", async () => {
    clock.set("2027-03-29T22:30:00Z"); // 00:30 on Tuesday 30th
    try {
      const res = await server.gql<Trend>(TREND, { days: 2 }, await server.tokenFor(a.viewer));
      expect(res.data?.actionItemTrend.map((p) => p.date)).toEqual(["2027-03-29", "2027-03-30"]);
    } finally {
      clock.set("2027-03-29T10:00:00Z");
    }
  });

  it("answers 30 days by default, oldest first", async () => {
    const res = await server.gql<Trend>(TREND_DEFAULT, undefined, await server.tokenFor(a.viewer));
    const points = res.data?.actionItemTrend ?? [];
    expect(points).toHaveLength(30);
    expect(points[0]?.date).toBe("2027-02-28");
    expect(points[29]?.date).toBe("2027-03-29");
    // Before anything was created, nothing is counted.
    expect(points[0]).toEqual({ date: "2027-02-28", open: 0, done: 0, overdue: 0 });
  });

  it("refuses days outside 1–365 with BAD_USER_INPUT on the argument", async () => {
    const token = await server.tokenFor(a.viewer);
    for (const days of [0, -3, 366]) {
      const res = await server.gql<Trend>(TREND, { days }, token);
      expect(res.data?.actionItemTrend ?? null).toBeNull();
      expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(res.errors?.[0]?.extensions?.field).toBe("days");
    }
    const year = await server.gql<Trend>(TREND, { days: 365 }, token);
    expect(year.errors).toBeUndefined();
    expect(year.data?.actionItemTrend).toHaveLength(365);
  });

  it("needs a signed-in caller", async () => {
    const res = await server.gql<Trend>(TREND, { days: 5 });
    expect(res.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
