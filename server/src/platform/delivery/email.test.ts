import { createServer as createNetServer, type AddressInfo } from "node:net";
import { simpleParser, type AddressObject, type ParsedMail } from "mailparser";
import { SMTPServer, type SMTPServerOptions } from "smtp-server";
import { afterEach, describe, expect, it } from "vitest";
import { createLogger } from "../logger";
import { createMailer, renderEmail, type SmtpConfig } from "./email";
import { DeliveryError, type EmailMessage, type Mailer } from "./types";

interface Received {
  raw: Buffer;
  mailFrom: string;
  rcptTo: string[];
  user?: string;
}

interface TestSmtp {
  port: number;
  received: Received[];
  close(): Promise<void>;
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((fn) => fn()));
});

/** A real SMTP server on 127.0.0.1 that keeps every message it accepted, byte for byte. */
async function startSmtp(options: SMTPServerOptions = {}): Promise<TestSmtp> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    ...options,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const from = session.envelope.mailFrom;
        received.push({
          raw: Buffer.concat(chunks),
          mailFrom: from ? from.address : "",
          rcptTo: session.envelope.rcptTo.map((r) => r.address),
          ...(typeof session.user === "string" ? { user: session.user } : {}),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  const smtp = { port, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
  cleanups.push(smtp.close);
  return smtp;
}

function config(port: number, overrides: Partial<SmtpConfig> = {}): SmtpConfig {
  return { host: "127.0.0.1", port, secure: false, requireTls: false, from: "Postboxen <noreply@example.se>", rejectUnauthorized: true, ...overrides };
}

function mailer(smtpConfig: SmtpConfig | null, logs: string[] = []): Mailer {
  const m = createMailer(smtpConfig, createLogger("debug", { write: (line) => void logs.push(line) }));
  cleanups.push(() => m.close());
  return m;
}

function smtpError(message: string, responseCode: number): Error {
  return Object.assign(new Error(message), { responseCode });
}

async function rejection(promise: Promise<unknown>): Promise<DeliveryError> {
  const error = await promise.then(
    () => {
      throw new Error("expected a rejection");
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DeliveryError);
  return error as DeliveryError;
}

/** The header as sent, unfolded (RFC 5322 §2.2.3: long lines are folded before whitespace). */
function headerLines(parsed: ParsedMail, key: string): string[] {
  return parsed.headerLines.filter((h) => h.key === key).map((h) => h.line.replace(/\r?\n(?=[ \t])/g, ""));
}

const firstAddress = (field: AddressObject | AddressObject[] | undefined) => (Array.isArray(field) ? field[0] : field)?.value[0];

const message = (overrides: Partial<EmailMessage> = {}): EmailMessage => {
  const body = renderEmail({
    heading: "Påminnelse om mötet",
    paragraphs: ["Styrgruppsmötet börjar i morgon klockan 09.00.", "Läs underlaget före mötet."],
    action: { url: "https://postboxen.example.se/moten/42", label: "Öppna mötet" },
    footer: ["Du får det här brevet eftersom du är med i styrgruppen."],
  });
  return { to: "åsa@example.se", subject: "Påminnelse: mötet om åäö ÅÄÖ", ...body, ...overrides };
};

describe("createMailer over SMTP", () => {
  it("delivers From, To, a Swedish Subject, text and html, and the list and auto-submitted headers", async () => {
    const smtp = await startSmtp();
    const m = mailer(config(smtp.port));
    expect(m.configured).toBe(true);

    // Longer than a header line: folding must never cut through the URL.
    const unsubscribeUrl = `https://postboxen.example.se/avregistrera?token=${"a1".repeat(60)}&kanal=email`;
    const sent = await m.send(message({ to: "asa.lund@example.se", unsubscribeUrl, headers: { "X-Postboxen-Kind": "reminder" } }));

    expect(smtp.received).toHaveLength(1);
    const [arrived] = smtp.received;
    expect(arrived?.mailFrom).toBe("noreply@example.se");
    expect(arrived?.rcptTo).toEqual(["asa.lund@example.se"]);
    const parsed = await simpleParser(arrived?.raw ?? Buffer.alloc(0));
    expect(firstAddress(parsed.from)).toEqual({ address: "noreply@example.se", name: "Postboxen" });
    expect(firstAddress(parsed.to)?.address).toBe("asa.lund@example.se");
    expect(parsed.subject).toBe("Påminnelse: mötet om åäö ÅÄÖ");
    // Non-ASCII headers travel as RFC 2047 encoded words, never as raw 8-bit bytes.
    const subjectLine = headerLines(parsed, "subject").join("");
    expect(subjectLine).toMatch(/=\?UTF-8\?[QB]\?/i);
    expect(subjectLine).not.toMatch(/[^\x20-\x7e\r\n\t]/);
    expect(parsed.text).toContain("Styrgruppsmötet börjar i morgon");
    expect(parsed.text).toContain("Öppna mötet: https://postboxen.example.se/moten/42");
    expect(parsed.html).toContain('<html lang="sv">');
    expect(parsed.html).toContain('href="https://postboxen.example.se/moten/42"');
    expect(headerLines(parsed, "list-unsubscribe")).toEqual([`List-Unsubscribe: <${unsubscribeUrl}>`]);
    expect(headerLines(parsed, "list-unsubscribe-post")).toEqual(["List-Unsubscribe-Post: List-Unsubscribe=One-Click"]);
    expect(parsed.headers.get("auto-submitted")).toBe("auto-generated");
    expect(parsed.headers.get("x-postboxen-kind")).toBe("reminder");
    expect(parsed.messageId).toBe(sent.messageId);
  });

  it("leaves out the list headers when there is no unsubscribe link, and one-click for a plain-http one", async () => {
    const smtp = await startSmtp();
    const m = mailer(config(smtp.port));
    await m.send(message());
    await m.send(message({ unsubscribeUrl: "http://localhost:4000/avregistrera" }));
    const [plain, http] = await Promise.all(smtp.received.map((r) => simpleParser(r.raw)));
    expect(headerLines(plain!, "list-unsubscribe")).toEqual([]);
    expect(headerLines(plain!, "list-unsubscribe-post")).toEqual([]);
    expect(plain!.headers.get("auto-submitted")).toBe("auto-generated");
    expect(headerLines(http!, "list-unsubscribe")).toEqual(["List-Unsubscribe: <http://localhost:4000/avregistrera>"]);
    expect(headerLines(http!, "list-unsubscribe-post")).toEqual([]);
  });

  it("upgrades with STARTTLS when required, and never sends in the clear instead", async () => {
    const secure: boolean[] = [];
    // smtp-server offers STARTTLS with its built-in self-signed certificate.
    const tlsServer = await startSmtp({ disabledCommands: [], onSecure: (_socket, _session, callback) => (secure.push(true), callback()) });
    await mailer(config(tlsServer.port, { requireTls: true, rejectUnauthorized: false })).send(message());
    expect(secure).toEqual([true]);
    expect(tlsServer.received).toHaveLength(1);

    const untrusted = await rejection(mailer(config(tlsServer.port, { requireTls: true })).send(message()));
    expect(untrusted).toMatchObject({ code: "SMTP_UNAVAILABLE", retryable: true });

    const plainServer = await startSmtp();
    const refused = await rejection(mailer(config(plainServer.port, { requireTls: true })).send(message()));
    // A 5xx answer to STARTTLS is final, like any 5xx: the operator has to fix the server or the config.
    expect(refused).toMatchObject({ code: "SMTP_REJECTED", retryable: false, message: expect.stringContaining("STARTTLS") });
    expect(plainServer.received).toHaveLength(0);
    expect(tlsServer.received).toHaveLength(1);
  });

  it("authenticates with AUTH PLAIN when a user and password are configured", async () => {
    const attempts: { method: string; username?: string }[] = [];
    const smtp = await startSmtp({
      authOptional: false,
      authMethods: ["PLAIN"],
      allowInsecureAuth: true,
      onAuth(auth, _session, callback) {
        attempts.push({ method: auth.method, username: auth.username });
        if (auth.username === "postboxen" && auth.password === "rätt-lösenord") callback(null, { user: "postboxen" });
        else callback(smtpError("Invalid username or password", 535));
      },
    });

    await mailer(config(smtp.port, { user: "postboxen", password: "rätt-lösenord" })).send(message());
    expect(attempts).toEqual([{ method: "PLAIN", username: "postboxen" }]);
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]?.user).toBe("postboxen");

    const wrong = await rejection(mailer(config(smtp.port, { user: "postboxen", password: "fel" })).send(message()));
    expect(wrong).toMatchObject({ code: "SMTP_REJECTED", retryable: false });
    expect(smtp.received).toHaveLength(1);
  });

  it("rejects for good when the server answers 550 to RCPT TO", async () => {
    const smtp = await startSmtp({ onRcptTo: (_address, _session, callback) => callback(smtpError("Mailbox unavailable", 550)) });
    const error = await rejection(mailer(config(smtp.port)).send(message({ to: "finns-inte@example.se" })));
    expect(error).toMatchObject({ code: "SMTP_REJECTED", retryable: false });
    expect(error.message).not.toContain("finns-inte");
    expect(smtp.received).toHaveLength(0);
  });

  it("asks for a retry when the server defers with 451", async () => {
    const smtp = await startSmtp({ onRcptTo: (_address, _session, callback) => callback(smtpError("Try again later", 451)) });
    const error = await rejection(mailer(config(smtp.port)).send(message()));
    expect(error).toMatchObject({ code: "SMTP_UNAVAILABLE", retryable: true });
  });

  it("asks for a retry when nothing listens on the port", async () => {
    const probe = createNetServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));

    const error = await rejection(mailer(config(port)).send(message()));
    expect(error).toMatchObject({ code: "SMTP_UNAVAILABLE", retryable: true });
  });

  it("stops waiting when the caller aborts, before the server accepted anything", async () => {
    const controller = new AbortController();
    let release: (() => void) | undefined;
    const smtp = await startSmtp({
      onMailFrom(_address, _session, callback) {
        release = () => callback();
        controller.abort(); // the send is in flight now: cancel it
      },
    });
    const error = await rejection(mailer(config(smtp.port)).send(message(), controller.signal));
    release?.();
    expect(error).toMatchObject({ code: "SMTP_UNAVAILABLE", retryable: true });
    expect(smtp.received).toHaveLength(0);
  });

  it("never logs the address, the subject or the body", async () => {
    const canary = "kanariefagel-7f3a";
    const logs: string[] = [];
    const ok = await startSmtp();
    const refusing = await startSmtp({ onRcptTo: (_address, _session, callback) => callback(smtpError(`No such user ${canary}@example.se`, 550)) });
    const secret = { to: `${canary}@example.se`, subject: `Hemligt ${canary}`, text: `Brödtext ${canary}`, html: `<p>${canary}</p>`, unsubscribeUrl: `https://example.se/u/${canary}` };

    const sent = await mailer(config(ok.port), logs).send(secret);
    const error = await rejection(mailer(config(refusing.port), logs).send(secret));

    expect(error.message).not.toContain(canary);
    const events = logs.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ event: "email.sent", messageId: sent.messageId }),
        expect.objectContaining({ event: "email.failed", code: "SMTP_REJECTED" }),
      ]),
    );
    expect(logs.join("\n")).not.toContain(canary);
  });

  it("reports itself unconfigured without an SMTP host, and refuses to send", async () => {
    const m = mailer(null);
    expect(m.configured).toBe(false);
    const error = await rejection(m.send(message()));
    expect(error).toMatchObject({ code: "SMTP_NOT_CONFIGURED", retryable: false });
  });

  it("refuses caller headers that would forge or break the message", async () => {
    const m = mailer(config(1));
    await expect(m.send(message({ headers: { From: "chef@example.se" } }))).rejects.toThrow(TypeError);
    await expect(m.send(message({ headers: { "X-Kind": "a\r\nBcc: x@example.se" } }))).rejects.toThrow(TypeError);
    await expect(m.send(message({ unsubscribeUrl: "javascript:alert(1)" }))).rejects.toThrow(TypeError);
  });
});

describe("renderEmail", () => {
  it("escapes every string in the html and writes the link out in the text", () => {
    const { html, text } = renderEmail({
      heading: "Protokoll <script>alert(1)</script> & mer",
      paragraphs: ['Punkt "1" & <b>2</b>', "Rad ett\nrad två"],
      action: { url: "https://postboxen.example.se/m?a=1&b=2", label: "Läs <mer>" },
      footer: ["Avsändare: Kommun & Co <noreply@example.se>"],
    });

    expect(html).toContain('<html lang="sv">');
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<b>2</b>");
    expect(html).toContain("Protokoll &lt;script&gt;alert(1)&lt;/script&gt; &amp; mer");
    expect(html).toContain("Punkt &quot;1&quot; &amp; &lt;b&gt;2&lt;/b&gt;");
    expect(html).toContain("Rad ett<br>rad två");
    expect(html).toContain('href="https://postboxen.example.se/m?a=1&amp;b=2"');
    expect(html).toContain("Läs &lt;mer&gt;");
    expect(html).toContain("Kommun &amp; Co &lt;noreply@example.se&gt;");
    expect(html).toMatch(/<h1[^>]*>/);
    expect(html).toMatch(/role="presentation"/);

    expect(text).toContain("Protokoll <script>alert(1)</script> & mer");
    expect(text).toContain("Läs <mer>: https://postboxen.example.se/m?a=1&b=2");
    expect(text).toContain("-- \nAvsändare: Kommun & Co <noreply@example.se>");
  });

  it("accepts only http(s) action links", () => {
    for (const url of ["javascript:alert(1)", "data:text/html,<p>x</p>", "mailto:a@example.se", "inte en länk"]) {
      expect(() => renderEmail({ heading: "R", paragraphs: [], action: { url, label: "Öppna" } })).toThrow(TypeError);
    }
    expect(renderEmail({ heading: "R", paragraphs: [], action: { url: "http://localhost:4000/x", label: "Öppna" } }).text).toContain("http://localhost:4000/x");
  });
});
