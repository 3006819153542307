import { describe, expect, it } from "vitest";
import { feedErrorText, icsFilename, importSummary, utf8Bytes } from "./calendar";

describe("importSummary", () => {
  it("says what the import did, in words", () => {
    expect(importSummary({ created: 3, updated: 1, cancelled: 1, unchanged: 2 })).toBe("3 möten skapade, 1 uppdaterat, 1 inställt, 2 oförändrade");
    expect(importSummary({ created: 1, updated: 2, cancelled: 2, unchanged: 1 })).toBe("1 möte skapat, 2 uppdaterade, 2 inställda, 1 oförändrat");
  });

  it("leaves out zeros and puts the noun on the first count", () => {
    expect(importSummary({ created: 0, updated: 1, cancelled: 0, unchanged: 2 })).toBe("1 möte uppdaterat, 2 oförändrade");
    expect(importSummary({ created: 0, updated: 0, cancelled: 0, unchanged: 4 })).toBe("4 möten oförändrade");
    expect(importSummary({ created: 0, updated: 0, cancelled: 0, unchanged: 0 })).toBe("");
  });
});

describe("feedErrorText", () => {
  it("has words for the server's codes", () => {
    expect(feedErrorText("BLOCKED_ADDRESS")).toBe("Adressen är inte tillåten (intern eller privat adress)");
    expect(feedErrorText("HTTP_404")).toBe("Kalendern finns inte på adressen (HTTP 404)");
    expect(feedErrorText("HTTP_503")).toBe("Kalenderns server svarade med ett fel (HTTP 503)");
    expect(feedErrorText("HTTP_418")).toBe("Kalenderns server svarade med HTTP 418");
    expect(feedErrorText("OWNER_NOT_ALLOWED")).toContain("inte längre skapa möten");
  });

  it("shows an unknown code as it is", () => {
    expect(feedErrorText("SOMETHING_NEW")).toBe("Okänt fel (SOMETHING_NEW)");
  });
});

describe("icsFilename", () => {
  it("keeps the title, without characters a file name cannot hold", () => {
    expect(icsFilename("Styrelsemöte: budget 2027/28")).toBe("Styrelsemöte budget 2027 28.ics");
    expect(icsFilename("  ..\u0000 ")).toBe("mote.ics");
    expect(icsFilename("x".repeat(200))).toBe(`${"x".repeat(80)}.ics`);
  });
});

describe("utf8Bytes", () => {
  it("counts bytes, not characters", () => {
    expect(utf8Bytes("å")).toBe(2);
  });
});
