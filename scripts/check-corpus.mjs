#!/usr/bin/env node
// Checks labelled meetings against the labelling schema (docs in server/src/ai/fixtures/corpus/README.md):
//   node scripts/check-corpus.mjs <dir> [<dir> ...]
// For every <id>.json: the fields and their types, a transcript file beside it in the declared
// format, every speaker listed among the participants, every owner a participant, due dates real
// calendar days, and every evidence an exact substring of one cue or line. Prints one line per
// problem and a summary; exits 1 when anything is wrong. It knows the formats, not the extractor.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const FORMATS = new Set(["teams-vtt", "zoom-vtt", "srt", "text"]);
const LANGS = new Set(["sv", "en", "mixed"]);
const EXT = { "teams-vtt": ".vtt", "zoom-vtt": ".vtt", srt: ".srt", text: ".txt" };

/** The cues of a transcript as [{ speaker, text }], by format. */
export function parseCues(format, raw) {
  const src = raw.replace(/\r\n?/g, "\n");
  const cues = [];
  if (format === "text") {
    for (const line of src.split("\n")) {
      const m = /^(?:\[(\d{1,2}:\d{2}(?::\d{2})?)\]\s*)?([^:[\]\n]{1,60}):\s(.+)$/.exec(line.trim());
      if (m) cues.push({ speaker: m[2].trim(), text: m[3].trim(), timed: Boolean(m[1]) });
    }
    return cues;
  }
  const blocks = src.split(/\n{2,}/);
  if (format !== "srt" && !/^WEBVTT/.test(src)) throw new Error("no WEBVTT header");
  for (const block of blocks) {
    const lines = block.split("\n").filter((l) => l.trim() !== "");
    const t = lines.findIndex((l) => /-->/.test(l));
    if (t < 0) continue;
    const timing = lines[t];
    const re = format === "srt"
      ? /^\d{2}:\d{2}:\d{2},\d{3} --> \d{2}:\d{2}:\d{2},\d{3}$/
      : /^\d{2}:\d{2}:\d{2}\.\d{3} --> \d{2}:\d{2}:\d{2}\.\d{3}$/;
    if (!re.test(timing.trim())) throw new Error(`bad timing line: ${timing}`);
    const body = lines.slice(t + 1).join(" ").trim();
    if (format === "teams-vtt") {
      const m = /^<v ([^>]+)>([\s\S]*)<\/v>$/.exec(body);
      if (!m) throw new Error(`cue without a voice tag: ${body.slice(0, 60)}`);
      cues.push({ speaker: m[1].trim(), text: m[2].trim() });
    } else {
      const m = /^([^:]{1,60}):\s([\s\S]+)$/.exec(body);
      if (!m) throw new Error(`cue without "Name: text": ${body.slice(0, 60)}`);
      cues.push({ speaker: m[1].trim(), text: m[2].trim() });
    }
  }
  return cues;
}

const isDay = (s) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

export function checkMeeting(dir, file) {
  const problems = [];
  const bad = (msg) => problems.push(`${file}: ${msg}`);
  let gold;
  try {
    gold = JSON.parse(readFileSync(join(dir, file), "utf8"));
  } catch (e) {
    bad(`not JSON (${e.message})`);
    return { problems };
  }
  if (gold.id !== file.replace(/\.json$/, "")) bad(`id "${gold.id}" does not match the file name`);
  if (!FORMATS.has(gold.format)) bad(`format "${gold.format}"`);
  if (!LANGS.has(gold.language)) bad(`language "${gold.language}"`);
  if (!isDay(gold.meetingDate ?? "")) bad(`meetingDate "${gold.meetingDate}"`);
  if (typeof gold.title !== "string" || !gold.title.trim()) bad("no title");
  if (!Array.isArray(gold.participants) || gold.participants.length < 2) bad("participants");
  if (!Array.isArray(gold.decisions)) bad("decisions is not a list");
  if (!Array.isArray(gold.actionItems)) bad("actionItems is not a list");
  if (problems.length) return { problems };
  const transcript = readdirSync(dir).find((f) => f.startsWith(`${gold.id}.`) && !f.endsWith(".json"));
  if (!transcript) {
    bad("no transcript beside it");
    return { problems };
  }
  if (!transcript.endsWith(EXT[gold.format])) bad(`transcript ${transcript} does not fit format ${gold.format}`);
  let cues = [];
  try {
    cues = parseCues(gold.format, readFileSync(join(dir, transcript), "utf8"));
  } catch (e) {
    bad(`transcript: ${e.message}`);
    return { problems };
  }
  const participants = new Set(gold.participants);
  const firstNames = new Map(gold.participants.map((p) => [p.split(" ")[0], p]));
  const known = (s) => participants.has(s) || firstNames.has(s);
  // A plain-text file may open with a short header ("Datum: …", "Närvarande: …").
  if (gold.format === "text") {
    const first = cues.findIndex((c) => known(c.speaker));
    if (first > 0 && first <= 6) cues = cues.slice(first);
  }
  if (cues.length < 20) bad(`only ${cues.length} cues/lines`);
  const speakers = new Set(cues.map((c) => c.speaker));
  for (const s of speakers) {
    if (!known(s)) bad(`speaker "${s}" is not among the participants`);
  }
  const inOneCue = (q) => typeof q === "string" && q.trim() !== "" && cues.some((c) => c.text.includes(q));
  gold.decisions.forEach((d, i) => {
    if (typeof d.text !== "string" || !d.text.trim()) bad(`decision ${i}: no text`);
    if (!inOneCue(d.evidence)) bad(`decision ${i}: evidence is not an exact substring of one cue: "${d.evidence}"`);
  });
  gold.actionItems.forEach((a, i) => {
    if (typeof a.text !== "string" || !a.text.trim()) bad(`action ${i}: no text`);
    if (!inOneCue(a.evidence)) bad(`action ${i}: evidence is not an exact substring of one cue: "${a.evidence}"`);
    if (a.owner !== null && !participants.has(a.owner)) bad(`action ${i}: owner "${a.owner}" is not a participant`);
    if (a.due !== null && !isDay(a.due ?? "")) bad(`action ${i}: due "${a.due}"`);
    if (a.due && gold.meetingDate && a.due < gold.meetingDate) bad(`action ${i}: due ${a.due} before the meeting`);
  });
  const evidences = [...gold.decisions, ...gold.actionItems].map((x) => x.evidence);
  const dupes = evidences.filter((e, i) => evidences.indexOf(e) !== i);
  if (dupes.length) bad(`the same evidence labelled twice: "${dupes[0]}"`);
  return {
    problems,
    stats: {
      id: gold.id,
      format: gold.format,
      language: gold.language,
      speakers: speakers.size,
      turns: cues.length,
      decisions: gold.decisions.length,
      actions: gold.actionItems.length,
    },
  };
}

const isMain = process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop());
if (isMain) {
  const dirs = process.argv.slice(2);
  if (!dirs.length) {
    console.error("usage: check-corpus.mjs <dir> [<dir> ...]");
    process.exit(2);
  }
  const problems = [];
  const stats = [];
  for (const dir of dirs) {
    if (!statSync(dir).isDirectory()) continue;
    for (const f of readdirSync(dir).filter((x) => x.endsWith(".json") && x !== "manifest.json").sort()) {
      const r = checkMeeting(dir, f);
      problems.push(...r.problems.map((p) => `${dir}/${p}`));
      if (r.stats) stats.push(r.stats);
    }
  }
  for (const p of problems) console.log(p);
  const sum = (k) => stats.reduce((s, x) => s + x[k], 0);
  console.log(
    `${stats.length} meetings, ${sum("turns")} turns, ${sum("decisions")} decisions, ${sum("actions")} action items; ` +
      `${problems.length} problem(s)`,
  );
  process.exit(problems.length ? 1 : 0);
}
