/**
 * What the benches read from Linux's /proc about the processes they measure: CPU (user and kernel)
 * of a process and its descendants (the api's supervisor and its api processes), of PostgreSQL's
 * processes, and a tree's resident memory and open descriptors. A process that exits while it is
 * read adds nothing.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

/** Milliseconds per clock tick (utime and stime are in ticks). */
const TICK_MS = (() => {
  try {
    return 1000 / Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim());
  } catch {
    return 10;
  }
})();

interface Proc {
  pid: number;
  ppid: number;
  comm: string;
  userMs: number;
  sysMs: number;
}

function processes(): Proc[] {
  return readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .flatMap((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
        const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        // After the command: state, ppid, …, utime and stime (fields 14 and 15 of stat).
        return [{ pid: Number(pid), ppid: Number(fields[1]), comm: stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")")), userMs: Number(fields[11]) * TICK_MS, sysMs: Number(fields[12]) * TICK_MS }];
      } catch {
        return [];
      }
    });
}

/** `root` and its descendants. */
function processTree(root: number, procs = processes()): number[] {
  const tree = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of procs) {
      if (tree.has(p.ppid) && !tree.has(p.pid)) {
        tree.add(p.pid);
        grew = true;
      }
    }
  }
  return [...tree];
}

/** CPU of `root` and its descendants, in ms, user and kernel apart. */
export function treeCpu(root: number): { user: number; sys: number } {
  const procs = processes();
  const tree = new Set(processTree(root, procs));
  let user = 0;
  let sys = 0;
  for (const p of procs) {
    if (!tree.has(p.pid)) continue;
    user += p.userMs;
    sys += p.sysMs;
  }
  return { user, sys };
}

/** CPU of `root` and its descendants, in ms. */
export function treeCpuMs(root: number): number {
  const { user, sys } = treeCpu(root);
  return user + sys;
}

/** CPU of every PostgreSQL process of the machine, in ms. */
export function postgresCpuMs(): number {
  return processes()
    .filter((p) => p.comm === "postgres")
    .reduce((sum, p) => sum + p.userMs + p.sysMs, 0);
}

const sumTree = (root: number, one: (pid: number) => number) =>
  processTree(root).reduce((sum, pid) => {
    try {
      const v = one(pid);
      // A zombie has no VmRSS.
      return Number.isFinite(v) ? sum + v : sum;
    } catch {
      return sum;
    }
  }, 0);

/** Resident memory of `root` and its descendants, in KB. */
export const treeRssKb = (root: number): number => sumTree(root, (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? NaN));

/** Open file descriptors of `root` and its descendants. */
export const treeFdCount = (root: number): number => sumTree(root, (pid) => readdirSync(`/proc/${pid}/fd`).length);
