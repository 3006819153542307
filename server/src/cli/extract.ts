/**
 * Extracts decisions and action items from a transcript file with the local extractor.
 *
 *   npm run -s extract -- --meeting-date 2026-11-18 <file>
 *
 * Prints exactly one JSON object on stdout; errors go to stderr with a non-zero exit
 * (1: unusable input, 2: wrong usage). Nothing leaves the machine.
 */
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { parseIsoDate } from "../ai/extraction/calendar";
import { todayInStockholm } from "../ai/extraction/index";
import { createLocalProvider } from "../ai/providers/local";
import { TranscriptError, parseTranscript } from "../ai/transcripts/index";

const USAGE = "användning: npm run -s extract -- [--meeting-date ÅÅÅÅ-MM-DD] <fil>";

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args: process.argv.slice(2),
      options: { "meeting-date": { type: "string" }, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
    });
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`, 2);
  }
  if (parsed.values.help) {
    process.stdout.write(`${JSON.stringify({ usage: USAGE })}\n`);
    return;
  }
  const file = parsed.positionals[0];
  if (!file || parsed.positionals.length > 1) fail(USAGE, 2);
  const explicitDate = parsed.values["meeting-date"];
  if (explicitDate !== undefined && !parseIsoDate(explicitDate)) fail(`Ogiltigt mötesdatum "${explicitDate}". Ange det som ÅÅÅÅ-MM-DD.`, 2);

  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    fail(code === "ENOENT" ? `Filen finns inte: ${file}` : `Kunde inte läsa filen ${file} (${code ?? "okänt fel"}).`, 1);
  }

  try {
    const transcript = parseTranscript(bytes);
    // A plain-text header may carry the date; otherwise the meeting is assumed to be today.
    const meetingDate = explicitDate ?? transcript.meetingDate ?? todayInStockholm();
    const result = await createLocalProvider().extract(transcript, { meetingDate });
    const output = {
      participants: result.participants,
      decisions: result.decisions.map((d) => ({ text: d.text, evidence: d.evidence })),
      actionItems: result.actionItems.map((a) => ({ text: a.text, owner: a.owner, due: a.due, evidence: a.evidence })),
    };
    process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  } catch (error) {
    if (error instanceof TranscriptError) fail(`${error.userMessage} (${error.code})`, 1);
    fail(`Extraktionen misslyckades: ${(error as Error).message}`, 1);
  }
}

await main();
