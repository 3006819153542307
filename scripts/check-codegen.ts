/** Fails when client/src/gql/ differs from what codegen makes of schema/schema.graphql now. */
import { readFileSync, existsSync } from "node:fs";
import { resolve } from "node:path";
import { generate } from "@graphql-codegen/cli";
import config from "../codegen";

const outputs = (await generate({ ...config, silent: true }, false)) as { filename: string; content: string }[];
const stale = outputs.filter((o) => {
  const path = resolve(o.filename);
  return !existsSync(path) || readFileSync(path, "utf8") !== o.content;
});
if (stale.length) {
  console.error(`codegen drift in: ${stale.map((o) => o.filename).join(", ")} — run \`npm run codegen\``);
  process.exit(1);
}
console.error(`codegen: ${outputs.length} files match schema/schema.graphql`);
