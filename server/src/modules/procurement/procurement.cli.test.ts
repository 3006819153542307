import { spawnSync } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// Spawns the real CLI (node --import tsx, as the root npm script does) on the fixtures.
const here = dirname(fileURLToPath(import.meta.url));
const serverRoot = resolve(here, "../../..");
const cli = join(serverRoot, "src/cli/procurement.ts");

function run(...args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", cli, ...args], {
    cwd: serverRoot,
    encoding: "utf8",
    timeout: 30_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("procurement CLI", () => {
  it("prints the result JSON for a valid scenario and exits 0", () => {
    const { code, stdout } = run(join(here, "fixtures/above-threshold-open-with-bids.json"));
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(result)).toEqual([
      "regime",
      "thresholdSek",
      "directAwardLimitSek",
      "recommendedProcedures",
      "timeline",
      "ranking",
      "sensitivity",
      "warnings",
      "rulesVersion",
    ]);
    expect(result).toMatchObject({ regime: "ABOVE_THRESHOLD", timeline: { minTenderDays: 30, standstillDays: 10 } });
  });

  it("prints validation problems with paths on stderr and exits 1", () => {
    const { code, stdout, stderr } = run(join(here, "fixtures/invalid-scenario.json"));
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain("contractType:");
    expect(stderr).toContain("startDate:");
  });

  it("reports a missing file and a missing argument with exit 2", () => {
    const missing = run(join(here, "fixtures/does-not-exist.json"));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("Kan inte läsa scenariofilen");
    const usage = run();
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("Användning");
  });
});
