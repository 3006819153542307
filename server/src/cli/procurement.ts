// `npm run -s procurement -- <scenario.json>`: prints the simulation result as JSON on stdout.
// Exit codes: 0 ok, 1 invalid scenario (problems on stderr), 2 usage / unreadable file / bad JSON.
import { readFile } from "node:fs/promises";
import { parseProcurementScenario, simulateProcurement } from "../modules/procurement";

const USAGE = "Användning: npm run -s procurement -- <scenario.json>";

async function main(args: readonly string[]): Promise<number> {
  const file = args.filter((arg) => arg !== "--")[0];
  if (!file) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`Kan inte läsa scenariofilen ${file}: ${reason}\n`);
    return 2;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`Scenariofilen ${file} är inte giltig JSON: ${reason}\n`);
    return 2;
  }
  const parsed = parseProcurementScenario(json);
  if (!parsed.ok) {
    process.stderr.write(`Ogiltigt scenario i ${file}:\n`);
    for (const problem of parsed.problems) {
      process.stderr.write(`  - ${problem.path || "(rot)"}: ${problem.message}\n`);
    }
    return 1;
  }
  process.stdout.write(`${JSON.stringify(simulateProcurement(parsed.scenario), null, 2)}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`Oväntat fel: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exitCode = 3;
  },
);
