#!/usr/bin/env node
// `npm start`: builds the client once if it has no production build, then runs the server
// (ROLE=all, embedded PostgreSQL and in-process pub/sub unless DATABASE_URL / REDIS_URL are set).
//
// Stopping: SIGINT, SIGTERM or SIGHUP on this process — or this process's parent going away, which
// is what killing `npm start`'s npm PID looks like from here (npm signals its shell, and the shell
// dies without passing the signal on) — stops the server, which stops its embedded PostgreSQL.
// The server runs in a process group of its own, so whatever is left of that group once the server
// has exited (PostgreSQL, when the server died before it could stop it) is stopped too.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const posix = process.platform !== "win32";
/** How long the server may take to stop (its own limit is 15 s) before its group is killed. */
const STOP_GRACE_MS = 25_000;
/** How long what is left of the group gets after a fast-shutdown signal. */
const LEFTOVER_GRACE_MS = 20_000;

/** The child running now: the client build, then the server. */
let child = null;
let stopSignal = null;

/** Whether any process of the child's group still exists. */
function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

function signalGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal);
  } catch {
    // gone already
  }
}

/** Resolves once the group is empty, or after `ms` (false). Polls: a group has no exit event. */
function groupGone(pgid, ms) {
  const deadline = Date.now() + ms;
  return new Promise((resolveGone) => {
    const check = () => {
      if (!groupAlive(pgid)) return resolveGone(true);
      if (Date.now() >= deadline) return resolveGone(false);
      setTimeout(check, 100);
    };
    check();
  });
}

/** Runs a child in its own process group (POSIX) and answers its exit once its whole group is gone. */
function run(args, options) {
  const proc = spawn(args[0], args.slice(1), { cwd: root, detached: posix, ...options });
  child = proc;
  return new Promise((resolveExit) => {
    proc.on("error", (error) => {
      process.stderr.write(`${args[0]}: ${error.message}\n`);
      resolveExit({ code: 1, signal: null });
    });
    proc.on("exit", async (code, signal) => {
      if (posix && proc.pid && groupAlive(proc.pid)) {
        // SIGINT is PostgreSQL's fast shutdown: roll back, checkpoint, exit.
        signalGroup(proc.pid, "SIGINT");
        if (!(await groupGone(proc.pid, LEFTOVER_GRACE_MS))) signalGroup(proc.pid, "SIGKILL");
      }
      child = null;
      resolveExit({ code, signal });
    });
  });
}

function stop(signal) {
  if (stopSignal) {
    // A second Ctrl-C: do not wait for a graceful stop.
    if (child?.pid && posix) signalGroup(child.pid, "SIGKILL");
    else child?.kill("SIGKILL");
    return;
  }
  stopSignal = signal;
  if (!child) process.exit(1);
  child.kill(signal === "SIGHUP" ? "SIGTERM" : signal);
  const pid = child.pid;
  setTimeout(() => (posix && pid ? signalGroup(pid, "SIGKILL") : child?.kill("SIGKILL")), STOP_GRACE_MS).unref();
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => stop(signal));
// The parent gone (we were re-parented): nobody is left to stop us, so stop now.
if (posix) {
  const parent = process.ppid;
  const watch = () => {
    if (process.ppid !== parent) stop("SIGTERM");
    else setTimeout(watch, 500).unref();
  };
  watch();
}

// SERVE_CLIENT=false (an API-only server) needs no client build.
const servesClient = !/^(false|0|no|off)$/i.test(process.env.SERVE_CLIENT ?? "");
if (servesClient && !existsSync(join(root, "client/dist/index.html"))) {
  process.stderr.write("Bygger klienten (första starten)…\n");
  const build = await run([npm, "run", "-s", "-w", "client", "build"], { stdio: ["ignore", "inherit", "inherit"] });
  if (stopSignal) process.exit(1);
  if (build.code !== 0) process.exit(build.code ?? 1);
}

const server = await run([process.execPath, "--import", "tsx", "server/src/main.ts"], { stdio: "inherit" });
process.exit(server.code ?? (server.signal || stopSignal ? 1 : 0));
