/** Writes schema/schema.graphql from the code (`npm run schema`); `--check` exits 1 on drift. */
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { resolve } from "node:path";
import { buildBareSchema, printSdl } from "../schema";
import { createMemoryPubSub } from "../platform/pubsub";
import { REPO_ROOT } from "../platform/db";

export const SCHEMA_PATH = resolve(REPO_ROOT, "schema/schema.graphql");

const sdl = printSdl(await buildBareSchema(createMemoryPubSub()));
if (process.argv.includes("--check")) {
  const committed = existsSync(SCHEMA_PATH) ? readFileSync(SCHEMA_PATH, "utf8") : "";
  if (committed !== sdl) {
    console.error("schema/schema.graphql is out of date: run `npm run schema`");
    process.exit(1);
  }
} else {
  writeFileSync(SCHEMA_PATH, sdl);
  console.error(`wrote ${SCHEMA_PATH}`);
}
