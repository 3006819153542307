import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const cli = fileURLToPath(new URL("./extract.ts", import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`../ai/fixtures/${name}`, import.meta.url));
const run = (...args: string[]) => spawnSync(process.execPath, ["--import", "tsx", cli, ...args], { encoding: "utf8", timeout: 30_000 });

describe("extract CLI", () => {
  it("prints exactly one JSON object of the documented shape", () => {
    const r = run("--meeting-date", "2026-03-10", fixture("sv-styrgrupp.vtt"));
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(["participants", "decisions", "actionItems"]);
    expect(out.participants).toEqual(["Karl Nordin", "Lisa Ek", "Jonas Berg", "Sanna Lind"]);
    for (const d of out.decisions as Record<string, unknown>[]) {
      expect(Object.keys(d)).toEqual(["text", "evidence"]);
      expect(Object.keys(d.evidence as object)).toEqual(["quote", "segment", "startMs"]);
    }
    for (const a of out.actionItems as Record<string, unknown>[]) {
      expect(Object.keys(a)).toEqual(["text", "owner", "due", "evidence"]);
      expect(a.due === null || /^\d{4}-\d{2}-\d{2}$/.test(String(a.due))).toBe(true);
    }
    expect((out.actionItems as unknown[]).length).toBe(4);
  });

  it("uses the date in a plain-text header when no --meeting-date is given", () => {
    const r = run(fixture("mixed-standup.txt"));
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { actionItems: { due: string }[] }).actionItems[0]?.due).toBe("2026-09-01");
  });

  it("fails with a Swedish message and exit 1 on a bad file, and prints nothing on stdout", () => {
    const dir = mkdtempSync(join(tmpdir(), "extract-cli-"));
    const binary = join(dir, "image.vtt");
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    const r = run("--meeting-date", "2026-03-10", binary);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("TRANSCRIPT_BINARY");

    const empty = join(dir, "empty.txt");
    writeFileSync(empty, "");
    expect(run(empty).stderr).toContain("TRANSCRIPT_EMPTY");
  });

  it("exits 1 for a missing file and 2 for bad usage", () => {
    expect(run("--meeting-date", "2026-03-10", "/nonexistent/file.vtt").status).toBe(1);
    expect(run().status).toBe(2);
    const badDate = run("--meeting-date", "18/11", fixture("en-release.srt"));
    expect(badDate.status).toBe(2);
    expect(badDate.stderr).toContain("ÅÅÅÅ-MM-DD");
  });
});
