import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { manualClock } from "../../src/platform/clock";
import type { Database } from "../../src/platform/db";
import { createMailer } from "../../src/platform/delivery/email";
import { DeliveryError, type Mailer } from "../../src/platform/delivery/types";
import { toGlobalId } from "../../src/platform/ids";
import type { JobRuntime } from "../../src/platform/jobs/runtime";
import { JobError } from "../../src/platform/jobs/types";
import { createLogger } from "../../src/platform/logger";
import { writeBriefSettings } from "../../src/modules/briefs/brief-settings.store";
import { deliveryFailure, PRE_BRIEF_EMAIL_JOB } from "../../src/modules/briefs/jobs/pre-brief-email.job";
import { PRE_BRIEF_GENERATE_JOB } from "../../src/modules/briefs/jobs/pre-brief-generate.job";
import { PRE_BRIEF_SWEEP_JOB } from "../../src/modules/briefs/jobs/pre-brief-sweep.job";
import { createOrg, type TestOrg } from "../helpers";
import { sql } from "../more-helpers";
import { eventually, openTestDatabase } from "../jobs/job-helpers";
import { PUBLIC_URL, Sensitivity, briefRuntime, factories, preBriefs } from "./brief-helpers";

const HOUR = 3_600_000;

interface Received {
  to: string[];
  mail: ParsedMail;
}

let db: Database;
let smtp: SMTPServer;
let received: Received[];
let mailer: Mailer;
const runtimes: JobRuntime[] = [];

beforeAll(async () => {
  db = await openTestDatabase();
  received = [];
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        void simpleParser(Buffer.concat(chunks)).then((mail) => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), mail });
          callback();
        });
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  const port = (smtp.server.address() as AddressInfo).port;
  mailer = createMailer({ host: "127.0.0.1", port, secure: false, requireTls: false, from: "Postboxen <noreply@example.se>", rejectUnauthorized: true }, createLogger("silent"));
});
afterEach(async () => {
  await Promise.all(runtimes.splice(0).map((r) => r.stop()));
});
afterAll(async () => {
  await mailer?.close();
  await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
  await db?.close();
});

/** An organisation whose createOrg meeting is out of every sweep's way. */
async function org(label: string): Promise<TestOrg> {
  const o = await createOrg(db, label);
  await sql(db, `update meetings set status = 'CANCELLED' where organization_id = ?`, [o.org.id]);
  return o;
}

const emailRuns = (orgId: string) => sql<{ key: string; status: string }>(db, `select key, status from job_runs where job_name = 'pre-brief-email' and organization_id = ?`, [orgId]);

describe("pre-brief e-mail", () => {
  it("mails participants with an active account when the organisation turned it on: the brief for NORMAL meetings, only 'ready' and the link for SENSITIVE ones; logs carry ids only", async () => {
    const NOW = new Date("2033-05-10T07:00:00Z");
    const clock = manualClock(NOW);
    const o = await org("Mejlkommun");
    await writeBriefSettings(db.forOrg(o.org.id), o.org.id, { preBriefEmail: true });
    const make = factories(db, o.org);
    const suffix = o.org.slug.replace("test-", "");
    const inactive = await make.user("Ivar Inaktiv", `ivar-${suffix}@test.example`, { active: false });
    const anna = await make.stakeholder("Anna Berg", { email: o.editor.email.toUpperCase() });
    const ivar = await make.stakeholder("Ivar Inaktiv", { email: inactive.email });
    const bo = await make.stakeholder("Bo Utan Konto", { email: `bo-${suffix}@test.example` });
    const normal = await make.meeting("Skolrådet", new Date(NOW.getTime() + 2 * HOUR), { agendaItems: ["Budgeten"] });
    for (const s of [anna, ivar, bo]) await make.participant(normal, s);
    const secret = await make.meeting("Hemlig omorganisation", new Date(NOW.getTime() + 3 * HOUR), { sensitivity: Sensitivity.SENSITIVE });
    await make.participant(secret, anna);

    const logLines: string[] = [];
    const runtime = await briefRuntime(db, { clock, mailer, logLines });
    runtimes.push(runtime);
    const before = received.length;
    await runtime.startWorker();
    await runtime.runNow(PRE_BRIEF_SWEEP_JOB, {});
    await eventually(async () => (await emailRuns(o.org.id)).filter((r) => r.status === "succeeded").length, (n) => n === 2);
    await new Promise((r) => setTimeout(r, 300));
    const mails = received.slice(before);
    expect(mails).toHaveLength(2);
    expect(mails.flatMap((m) => m.to)).toEqual([o.editor.email, o.editor.email]);

    const normalMail = mails.find((m) => m.mail.subject === "Underlag inför mötet: Skolrådet")!.mail;
    const normalLink = `${PUBLIC_URL}/moten/${toGlobalId("Meeting", normal.id)}`;
    expect(normalMail.text).toContain("# Inför mötet: Skolrådet");
    expect(normalMail.text).toContain("- **Anna Berg**");
    expect(normalMail.text).toContain(`Öppna mötet i Postboxen: ${normalLink}`);
    expect(normalMail.html).toContain(`href="${normalLink}"`);
    expect(normalMail.headers.get("x-postboxen-kind")).toBe("pre-brief");

    const secretMail = mails.find((m) => m.mail.subject === "Ett underlag inför mötet är klart")!.mail;
    const secretLink = `${PUBLIC_URL}/moten/${toGlobalId("Meeting", secret.id)}`;
    expect(secretMail.text).toContain(secretLink);
    for (const part of [secretMail.text ?? "", String(secretMail.html), secretMail.subject ?? ""]) {
      expect(part).not.toMatch(/Hemlig omorganisation|Anna Berg|Inför mötet/);
    }

    const logs = logLines.join("");
    expect(logs).toContain('"event":"brief.pre_email_sent"');
    for (const secretText of [o.editor.email, o.editor.email.toUpperCase(), inactive.email, "Anna", "Skolrådet", "Hemlig", "@test.example"]) expect(logs).not.toContain(secretText);

    // A replay of the generate job finds the brief unchanged and the mails' keys done: nothing more is sent.
    expect((await runtime.runNow(PRE_BRIEF_GENERATE_JOB, { meetingId: normal.id, orgId: o.org.id })).outcome).toBe("succeeded");
    await new Promise((r) => setTimeout(r, 500));
    expect(received.length - before).toBe(2);
    expect(await emailRuns(o.org.id)).toHaveLength(2);
  });

  it("sends nothing when the organisation has not turned e-mail on", async () => {
    const NOW = new Date("2033-06-10T07:00:00Z");
    const o = await org("Tystkommun");
    const make = factories(db, o.org);
    const m = await make.meeting("Tyst möte", new Date(NOW.getTime() + HOUR));
    await make.participant(m, await make.stakeholder("Anna Berg", { email: o.editor.email }));
    const runtime = await briefRuntime(db, { clock: manualClock(NOW), mailer });
    runtimes.push(runtime);
    const before = received.length;
    await runtime.startWorker();
    await runtime.runNow(PRE_BRIEF_SWEEP_JOB, {});
    await eventually(() => preBriefs(db, m.id), (rows) => rows.length === 1);
    await new Promise((r) => setTimeout(r, 300));
    expect(await emailRuns(o.org.id)).toEqual([]);
    expect(received.length).toBe(before);
  });

  it("skips with a log line when no SMTP server is configured", async () => {
    const o = await org("Utanpostkommun");
    await writeBriefSettings(db.forOrg(o.org.id), o.org.id, { preBriefEmail: true });
    const make = factories(db, o.org);
    const m = await make.meeting("Möte utan post", "2033-07-01T08:00:00Z");
    await make.participant(m, await make.stakeholder("Anna Berg", { email: o.editor.email }));
    const logLines: string[] = [];
    const runtime = await briefRuntime(db, { clock: manualClock("2033-07-01T06:00:00Z"), logLines });
    runtimes.push(runtime);
    expect((await runtime.runNow(PRE_BRIEF_GENERATE_JOB, { meetingId: m.id, orgId: o.org.id })).outcome).toBe("succeeded");
    const skipped = logLines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.event === "brief.pre_email_skipped");
    expect(skipped).toMatchObject({ reason: "smtp_not_configured" });
    expect(await emailRuns(o.org.id)).toEqual([]);
    expect(await preBriefs(db, m.id)).toHaveLength(1);
  });

  it("retries what may pass later and sends a rejected message to the dead letters at once", async () => {
    expect(deliveryFailure(new DeliveryError("SMTP_UNAVAILABLE", "deferred", true))).toMatchObject({ code: "SMTP_UNAVAILABLE", retryable: true });
    expect(deliveryFailure(new DeliveryError("SMTP_REJECTED", "rejected", false))).toBeInstanceOf(JobError);
    expect(deliveryFailure(new DeliveryError("SMTP_REJECTED", "rejected", false))).toMatchObject({ retryable: false });

    const o = await org("Studskommun");
    await writeBriefSettings(db.forOrg(o.org.id), o.org.id, { preBriefEmail: true });
    const make = factories(db, o.org);
    const m = await make.meeting("Studsande möte", "2033-08-01T08:00:00Z");
    await make.participant(m, await make.stakeholder("Anna Berg", { email: o.editor.email }));
    const rejecting: Mailer = { configured: true, send: () => Promise.reject(new DeliveryError("SMTP_REJECTED", "SMTP server rejected the message (reply 550)", false)), close: async () => undefined };
    const runtime = await briefRuntime(db, { clock: manualClock("2033-08-01T06:00:00Z"), mailer: rejecting });
    runtimes.push(runtime);
    await runtime.runNow(PRE_BRIEF_GENERATE_JOB, { meetingId: m.id, orgId: o.org.id });
    const [brief] = await preBriefs(db, m.id);
    const result = await runtime.runNow(PRE_BRIEF_EMAIL_JOB, { briefId: brief!.id, userId: o.editor.id, orgId: o.org.id });
    expect(result).toMatchObject({ outcome: "dead", errorCode: "SMTP_REJECTED" });
    const letters = await sql<{ error_code: string; error_message: string }>(db, `select error_code, error_message from job_dead_letters where organization_id = ? and job_name = ?`, [o.org.id, PRE_BRIEF_EMAIL_JOB]);
    expect(letters).toEqual([{ error_code: "SMTP_REJECTED", error_message: "SMTP server rejected the message (reply 550)" }]);
  });
});
