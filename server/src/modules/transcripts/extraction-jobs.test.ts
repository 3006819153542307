import { describe, expect, it } from "vitest";
import { createLogger } from "../../platform/logger";
import { createInProcessExtractionJobs } from "./extraction-jobs";

const logger = createLogger("silent");
const tick = () => new Promise((r) => setTimeout(r, 5));

describe("in-process extraction jobs", () => {
  it("runs after the caller has returned, once per run id however often it is enqueued", async () => {
    const ran: string[] = [];
    const jobs = createInProcessExtractionJobs(async (id) => void ran.push(id), logger);
    jobs.enqueue("a");
    jobs.enqueue("a");
    jobs.enqueue("b");
    expect(ran).toEqual([]);
    await tick();
    expect(ran).toEqual(["a", "b"]);
    await jobs.stop();
  });

  it("runs at most `concurrency` jobs at a time and survives a crashing one", async () => {
    let active = 0;
    let peak = 0;
    const done: string[] = [];
    const jobs = createInProcessExtractionJobs(async (id) => {
      active++;
      peak = Math.max(peak, active);
      await tick();
      active--;
      if (id === "boom") throw new Error("crash");
      done.push(id);
    }, logger, 2);
    for (const id of ["boom", "x", "y", "z"]) jobs.enqueue(id);
    await new Promise((r) => setTimeout(r, 60));
    expect(peak).toBe(2);
    expect(done.sort()).toEqual(["x", "y", "z"]);
    await jobs.stop();
  });

  it("waits for started jobs on stop and refuses new ones", async () => {
    const ran: string[] = [];
    const jobs = createInProcessExtractionJobs(async (id) => {
      await tick();
      ran.push(id);
    }, logger);
    jobs.enqueue("slow");
    await new Promise((r) => setImmediate(r));
    await new Promise((r) => setImmediate(r));
    await jobs.stop();
    expect(ran).toEqual(["slow"]);
    jobs.enqueue("late");
    await tick();
    expect(ran).toEqual(["slow"]);
  });
});
