import { describe, expect, it } from "vitest";
import {
  formatIdentifier,
  formatLegalDate,
  matchesFeedFilter,
  pollErrorText,
  pollOutcomeText,
  readFeedFilter,
  sourceHealth,
  toAlertFilter,
  writeFeedFilter,
} from "./regwatchText";

describe("the feed filter in the address", () => {
  it("reads Swedish words in a fixed order and ignores unknown ones", () => {
    const filter = readFeedFilter(new URLSearchParams("grad=lag,hog,x&status=avfardad,ny&bevakning=UmVnd2F0Y2hUb3BpYzox"));
    expect(filter).toEqual({ severity: ["HIGH", "LOW"], state: ["NEW", "DISMISSED"], topicId: "UmVnd2F0Y2hUb3BpYzox" });
  });

  it("writes the filter back, drops empty parts and keeps other parameters", () => {
    const params = writeFeedFilter(new URLSearchParams("grad=hog&annat=1"), { severity: ["MEDIUM"], state: [], topicId: null });
    expect(params.toString()).toBe("grad=medel&annat=1");
    expect(readFeedFilter(writeFeedFilter(new URLSearchParams(), { severity: ["HIGH", "LOW"], state: ["ASSIGNED"], topicId: "t" }))).toEqual({ severity: ["HIGH", "LOW"], state: ["ASSIGNED"], topicId: "t" });
  });

  it("asks for every alert when nothing is chosen", () => {
    expect(toAlertFilter({ severity: [], state: [], topicId: null })).toBeNull();
    expect(toAlertFilter({ severity: ["HIGH"], state: [], topicId: null })).toEqual({ severity: ["HIGH"] });
  });

  it("tells whether a live alert belongs in the filtered feed", () => {
    const alert = { severity: "HIGH" as const, state: "NEW" as const, matchedTopics: [{ id: "a" }] };
    expect(matchesFeedFilter({ severity: [], state: [], topicId: null }, alert)).toBe(true);
    expect(matchesFeedFilter({ severity: ["LOW"], state: [], topicId: null }, alert)).toBe(false);
    expect(matchesFeedFilter({ severity: [], state: ["ACKNOWLEDGED"], topicId: null }, alert)).toBe(false);
    expect(matchesFeedFilter({ severity: [], state: [], topicId: "b" }, alert)).toBe(false);
    expect(matchesFeedFilter({ severity: ["HIGH"], state: ["NEW"], topicId: "a" }, alert)).toBe(true);
  });
});

describe("words for regwatch data", () => {
  it("writes statute dates as the acts do, without shifting the day", () => {
    expect(formatLegalDate("2027-07-01")).toBe("1 juli 2027");
    expect(formatLegalDate("2028-01-01")).toBe("1 januari 2028");
    expect(formatLegalDate("i morgon")).toBe("i morgon");
  });

  it("names SFS numbers and CELEX ids", () => {
    expect(formatIdentifier("2016:1145", "SFS")).toBe("SFS 2016:1145");
    expect(formatIdentifier("2016:1145")).toBe("SFS 2016:1145");
    expect(formatIdentifier("32014L0024", "CELEX")).toBe("CELEX 32014L0024");
    expect(formatIdentifier("https://example.se/a", "URL")).toBe("https://example.se/a");
  });

  it("says how a source is doing", () => {
    expect(sourceHealth({ healthy: true, lastStatus: "OK" }).text).toBe("Fungerar");
    expect(sourceHealth({ healthy: true, lastStatus: null }).text).toBe("Inte hämtad än");
    expect(sourceHealth({ healthy: true, lastStatus: "FAILED", lastErrorCode: "TIMEOUT", consecutiveFailures: 1 })).toEqual({ tone: "failed", text: "Fel: TIMEOUT" });
    expect(sourceHealth({ healthy: false, lastStatus: "FAILED", lastErrorCode: "HTTP_503", consecutiveFailures: 3 })).toEqual({ tone: "down", text: "Ur funktion efter 3 fel" });
  });

  it("puts a poll's outcome and failures in words", () => {
    expect(pollOutcomeText("Flödet", { status: "OK", newItems: 1, newVersions: 2, alerts: 1 }).text).toBe("Flödet hämtad: 1 nytt dokument, 2 nya versioner, 1 bevakningsträff.");
    expect(pollOutcomeText("Flödet", { status: "OK", newItems: 0, newVersions: 0, alerts: 0 }).text).toBe("Flödet hämtad: inget nytt.");
    expect(pollOutcomeText("Flödet", { status: "NOT_MODIFIED", newItems: 0, newVersions: 0, alerts: 0 }).failed).toBe(false);
    expect(pollOutcomeText("Flödet", { status: "FAILED", errorCode: "HTTP_404", newItems: 0, newVersions: 0, alerts: 0 })).toEqual({ text: "Flödet kunde inte hämtas (HTTP_404): Källan svarade med HTTP 404.", failed: true });
    expect(pollErrorText("HTTP_503")).toBe("Källans server svarade med ett fel (HTTP 503).");
    expect(pollErrorText("SOMETHING_NEW")).toBe("Okänt fel (SOMETHING_NEW).");
  });
});
