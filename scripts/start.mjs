#!/usr/bin/env node
// `npm start`: builds the client once if it has no production build, then runs the server
// (ROLE=all, embedded PostgreSQL and in-process pub/sub unless DATABASE_URL / REDIS_URL are set).
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

if (!existsSync(join(root, "client/dist/index.html"))) {
  process.stderr.write("Bygger klienten (första starten)…\n");
  const build = spawnSync(npm, ["run", "-s", "-w", "client", "build"], { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn(process.execPath, ["--import", "tsx", "server/src/main.ts"], { cwd: root, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
