import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect } from "vitest";
import type { Database } from "../src/platform/db";
import { toGlobalId } from "../src/platform/ids";
import { Meeting, Sensitivity } from "../src/modules/meetings/meeting.entity";
import { ConsentStatus, Participant } from "../src/modules/meetings/participant.entity";
import { Stakeholder } from "../src/modules/stakeholders/stakeholder.entity";
import { ExtractionRun, ExtractionRunStatus } from "../src/modules/transcripts/extraction-run.entity";
import { Transcript, TranscriptFormat } from "../src/modules/transcripts/transcript.entity";
import type { TestOrg, TestServer } from "./helpers";

/** 18 November 2026, 09:00 in Stockholm: relative deadlines in the fixtures resolve against it. */
export const MEETING_START = new Date("2026-11-18T09:00:00+01:00");

/** A Swedish meeting: a decision, "jag tar det" with a deadline (owner is a user), and a task of a non-user. */
export const STYRGRUPP = [
  "[00:00:01] Edvin Editor: Välkomna allihopa. Första punkten är budgeten för nästa år.",
  "[00:00:09] Stina Stakeholder: Vi har två förslag på bordet, A och B.",
  "[00:00:20] Edvin Editor: Bra. Då bestämmer vi det: vi kör på förslag B.",
  "[00:00:31] Stina Stakeholder: Vem skickar protokollet till nämnden?",
  "[00:00:40] Edvin Editor: Jag tar det, jag skickar protokollet senast fredag.",
  "[00:00:52] Stina Stakeholder: Jag bokar lokalen till nästa möte.",
  "",
].join("\n");

export interface MeetingSetup {
  meeting: Meeting;
  id: string;
  participants: Participant[];
  participantIds: string[];
}

/** Who speaks in STYRGRUPP, in the order `meetingWith` makes them participants. */
export const STYRGRUPP_SPEAKERS = ["Stina Stakeholder", "Edvin Editor"];

/**
 * A meeting of `org` with one participant per consent given (none: no participants). Participant
 * i is a stakeholder named `opts.names[i]`, by default STYRGRUPP's speakers and then "Deltagare i";
 * the consent gate requires every speaker of a transcript to be a consenting participant.
 */
export async function meetingWith(
  db: Database,
  org: TestOrg,
  consents: ConsentStatus[],
  opts: { sensitivity?: Sensitivity; title?: string; names?: string[] } = {},
): Promise<MeetingSetup> {
  const em = db.system();
  const meeting = em.create(Meeting, {
    organization: org.org,
    title: opts.title ?? "Styrgrupp",
    startsAt: MEETING_START,
    sensitivity: opts.sensitivity ?? Sensitivity.NORMAL,
    agendaItems: [],
  });
  const nameOf = (i: number) => opts.names?.[i] ?? STYRGRUPP_SPEAKERS[i] ?? `Deltagare ${i}`;
  const participants = consents.map((consent, i) =>
    em.create(Participant, {
      organization: org.org,
      meeting,
      stakeholder: nameOf(i) === org.stakeholder.name ? em.getReference(Stakeholder, org.stakeholder.id) : em.create(Stakeholder, { organization: org.org, name: nameOf(i) }),
      consent,
    }),
  );
  await em.flush();
  return { meeting, id: toGlobalId("Meeting", meeting.id), participants, participantIds: participants.map((p) => toGlobalId("Participant", p.id)) };
}

export const ATTACH = `mutation($input: AttachTranscriptInput!) {
  attachTranscript(input: $input) { run { id status progress } transcript { id format byteSize segmentCount speakerCount filename } }
}`;
export const RUN = `query($id: ID!) {
  extractionRun(id: $id) { id status progress source failureCode failureReason decisionCount actionItemCount startedAt finishedAt }
}`;

export interface RunView {
  id: string;
  status: string;
  progress: number;
  source: string | null;
  failureCode: string | null;
  failureReason: string | null;
  decisionCount: number | null;
  actionItemCount: number | null;
}

export async function attach(server: TestServer, token: string, meetingId: string, content: string) {
  return server.gql<{ attachTranscript: { run: { id: string }; transcript: { id: string; format: string; segmentCount: number } } }>(
    ATTACH,
    { input: { meetingId, content, filename: "styrgrupp.txt" } },
    token,
  );
}

/** Polls `extractionRun` until it has finished. */
export async function finished(server: TestServer, token: string, runId: string, ms = 15_000): Promise<RunView> {
  const deadline = Date.now() + ms;
  for (;;) {
    const res = await server.gql<{ extractionRun: RunView }>(RUN, { id: runId }, token);
    expect(res.errors).toBeUndefined();
    const run = res.data?.extractionRun;
    if (run && (run.status === "SUCCEEDED" || run.status === "FAILED")) return run;
    if (Date.now() > deadline) throw new Error(`run still ${run?.status} after ${ms} ms`);
    await new Promise((r) => setTimeout(r, 40));
  }
}

/** Attaches and waits for the run; fails the test on any error. */
export async function attachAndFinish(server: TestServer, token: string, meetingId: string, content = STYRGRUPP): Promise<RunView> {
  const res = await attach(server, token, meetingId, content);
  expect(res.errors).toBeUndefined();
  return finished(server, token, res.data!.attachTranscript.run.id);
}

/**
 * A local server speaking the OpenAI chat-completions wire format. It answers from the segments it
 * was sent: a decision for "bestämmer", an action item owned by the speaker for "jag tar det".
 */
export async function mockOpenAi(): Promise<{ baseUrl: string; requests: () => number; close(): Promise<void> }> {
  let count = 0;
  const server: Server = createServer((req: IncomingMessage, res) => {
    let raw = "";
    req.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
    req.on("end", () => {
      count++;
      const body = JSON.parse(raw) as { messages: { role: string; content: string }[] };
      const payload = JSON.parse(body.messages.find((m) => m.role === "user")?.content ?? "{}") as { segments: { index: number; speaker: string; text: string }[] };
      const decisions = payload.segments.filter((s) => /bestämmer/i.test(s.text)).map((s) => ({ text: "Förslag B väljs.", quote: s.text, segment: s.index }));
      const actionItems = payload.segments
        .filter((s) => /jag tar det/i.test(s.text))
        .map((s) => ({ text: "Skicka protokollet till nämnden", owner: s.speaker, due: "2026-11-20", quote: s.text, segment: s.index }));
      const content = JSON.stringify({ decisions, actionItems });
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ id: "chatcmpl-mock", object: "chat.completion", choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
    requests: () => count,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A transcript and a QUEUED extraction run written straight to the database, as attachTranscript leaves them before the job starts. */
export async function queuedRun(db: Database, org: TestOrg, meeting: Meeting, opts: { text?: string; sensitiveAtAttach?: boolean } = {}) {
  const em = db.system();
  const text = opts.text ?? STYRGRUPP;
  const transcript = em.create(Transcript, {
    organization: org.org,
    meeting: meeting.id,
    format: TranscriptFormat.TEXT,
    text,
    byteSize: Buffer.byteLength(text),
    segmentCount: 6,
    speakerCount: 2,
    sensitiveAtAttach: opts.sensitiveAtAttach ?? false,
  });
  const run = em.create(ExtractionRun, { organization: org.org, meeting: meeting.id, transcript, status: ExtractionRunStatus.QUEUED, progress: 0 });
  await em.flush();
  return { transcript, run };
}

/**
 * Follows a meeting's extraction runs over `extractionRunChanged` on an open graphql-ws client:
 * `seen` collects every event, `succeeded` resolves at the first SUCCEEDED (and rejects on an error
 * or after `ms`).
 */
export function followRuns(client: import("graphql-ws").Client, meetingId: string, ms = 15_000): { seen: { status: string; progress: number }[]; succeeded: Promise<void> } {
  const seen: { status: string; progress: number }[] = [];
  const succeeded = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no SUCCEEDED event; saw ${JSON.stringify(seen)}`)), ms);
    client.subscribe<{ extractionRunChanged: { status: string; progress: number } | null }>(
      { query: `subscription($m: ID!) { extractionRunChanged(meetingId: $m) { status progress } }`, variables: { m: meetingId } },
      {
        next: ({ data, errors }) => {
          if (errors) reject(new Error(JSON.stringify(errors)));
          if (data?.extractionRunChanged) seen.push(data.extractionRunChanged);
          if (data?.extractionRunChanged?.status === "SUCCEEDED") {
            clearTimeout(timer);
            resolve();
          }
        },
        error: reject,
        complete: () => undefined,
      },
    );
  });
  return { seen, succeeded };
}
