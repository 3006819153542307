import { spawn } from "node:child_process";
import { describe, expect, inject, it } from "vitest";
import { REPO_ROOT } from "../../src/platform/db";

/** `npm run -s job -- …` as operators and scripts call it: the real CLI in its own process. */
function runJobCli(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "server/src/cli/job.ts", ...args], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", DATABASE_URL: inject("databaseUrl"), LOG_LEVEL: "info", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += String(d)));
    child.stderr.on("data", (d) => (stderr += String(d)));
    const timer = setTimeout(() => (child.kill("SIGKILL"), reject(new Error(`job CLI hung: ${stderr}`))), 60_000);
    child.on("exit", (code) => (clearTimeout(timer), resolve({ code, stdout, stderr })));
  });
}

describe("npm run -s job", () => {
  it("runs a scheduled job once, now, and prints exactly one JSON line with its outcome", async () => {
    const { code, stdout } = await runJobCli(["run", "jobs.prune-history"]);
    expect(code).toBe(0);
    const lines = stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ job: "jobs.prune-history", outcome: "succeeded", attempt: 1, key: expect.stringMatching(/^jobs\.prune-history@run:/), durationMs: expect.any(Number) });
  });

  it("runs an organisation's job with --org, and refuses an unknown organisation, job or payload with exit 2", async () => {
    const ok = await runJobCli(["run", "transcripts.requeue-runs"]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ job: "transcripts.requeue-runs", outcome: "succeeded" });
    const unknownJob = await runJobCli(["run", "no.such-job"]);
    expect(unknownJob).toMatchObject({ code: 2, stdout: "" });
    expect(unknownJob.stderr).toContain('no job named "no.such-job"');
    const unknownOrg = await runJobCli(["run", "extract-meeting", "--org", "no-such-org"]);
    expect(unknownOrg.code).toBe(2);
    expect(unknownOrg.stderr).toContain('no organisation with slug "no-such-org"');
    const badData = await runJobCli(["run", "extract-meeting", "--data", '{"runId":"x"}']);
    expect(badData.code).toBe(2);
    expect(badData.stderr).toMatch(/invalid data for extract-meeting: runId/);
    expect((await runJobCli([])).code).toBe(2);
  }, 90_000); // five CLI processes, each booting the whole registry

  it("lists the registered jobs", async () => {
    const { code, stdout } = await runJobCli(["list"]);
    expect(code).toBe(0);
    const jobs = stdout.trim().split("\n").map((l) => JSON.parse(l) as { job: string; schedule: string | null });
    expect(jobs.map((j) => j.job)).toEqual(expect.arrayContaining(["extract-meeting", "jobs.prune-history"]));
  });
});
