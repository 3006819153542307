import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A stand-in for an OpenAI-compatible speech-to-text server (whisper.cpp server,
 * faster-whisper-server): it speaks POST /v1/audio/transcriptions with a multipart/form-data body
 * and answers what the test tells it to. It does not transcribe anything — it checks what it was
 * sent (fields, the file's bytes) and returns the segments the test scripted.
 */
export interface SttRequestSeen {
  model: string | null;
  language: string | null;
  responseFormat: string | null;
  fileName: string | null;
  fileType: string | null;
  bytes: number;
  /** The WAV's duration from its header, when the file is RIFF/WAVE. */
  wavSeconds: number | null;
  authorization: string | null;
  contentType: string | null;
}

export interface SttReply {
  status: number;
  body: string;
  delayMs?: number;
}

export interface SttStub {
  url: string;
  requests: SttRequestSeen[];
  /** What the next requests get; default: a verbose_json answer of `segments`. */
  reply: (seen: SttRequestSeen) => SttReply;
  close(): Promise<void>;
}

/** Duration of a RIFF/WAVE file from its `fmt ` byte rate and `data` size; null when it is not one. */
export function wavDurationSeconds(buf: Uint8Array): number | null {
  const b = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  if (b.length < 12 || b.toString("ascii", 0, 4) !== "RIFF" || b.toString("ascii", 8, 12) !== "WAVE") return null;
  let byteRate = 0;
  let dataBytes = 0;
  for (let at = 12; at + 8 <= b.length; ) {
    const id = b.toString("ascii", at, at + 4);
    let size = b.readUInt32LE(at + 4);
    if (id === "fmt " && at + 16 <= b.length) byteRate = b.readUInt32LE(at + 8 + 8);
    if (id === "data") {
      // espeak-ng writing to a file may leave 0xFFFFFFFF (streamed) sizes: count what is there.
      if (size === 0xffffffff || at + 8 + size > b.length) size = b.length - at - 8;
      dataBytes = size;
      break;
    }
    at += 8 + size + (size % 2);
  }
  return byteRate > 0 ? dataBytes / byteRate : null;
}

/**
 * A tiny but real RIFF/WAVE of silence: 16 kHz mono 16-bit PCM, `samples` long (16 000 a second);
 * what `wavDurationSeconds` reads back.
 */
export function silentWav(samples: number): Buffer {
  const data = samples * 2;
  const b = Buffer.alloc(44 + data);
  b.write("RIFF", 0, "ascii");
  b.writeUInt32LE(36 + data, 4);
  b.write("WAVEfmt ", 8, "ascii");
  b.writeUInt32LE(16, 16);
  b.writeUInt16LE(1, 20);
  b.writeUInt16LE(1, 22);
  b.writeUInt32LE(16000, 24);
  b.writeUInt32LE(32000, 28);
  b.writeUInt16LE(2, 32);
  b.writeUInt16LE(16, 34);
  b.write("data", 36, "ascii");
  b.writeUInt32LE(data, 40);
  return b;
}

export const verboseJson = (segments: { start: number; end: number; text: string; speaker?: string }[], language = "swedish") =>
  JSON.stringify({
    task: "transcribe",
    language,
    duration: segments.at(-1)?.end ?? 0,
    text: segments.map((s) => s.text).join(" "),
    segments: segments.map((s, id) => ({ id, seek: 0, tokens: [], temperature: 0, avg_logprob: -0.2, compression_ratio: 1.1, no_speech_prob: 0.01, ...s })),
  });

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function startSttStub(reply?: SttStub["reply"]): Promise<SttStub> {
  const stub: SttStub = {
    url: "",
    requests: [],
    reply: reply ?? (() => ({ status: 200, body: verboseJson([{ start: 0, end: 1, text: "Hej." }]) })),
    close: async () => undefined,
  };
  const server: Server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      if (req.method !== "POST" || req.url !== "/v1/audio/transcriptions") {
        res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ error: { message: "not found" } }));
        return;
      }
      // Multipart parsed the way a server framework would: by the boundary in the content type.
      const form = await new Request("http://stub/", { method: "POST", headers: { "content-type": req.headers["content-type"] ?? "" }, body: new Uint8Array(body) }).formData().catch(() => null);
      const file = form?.get("file");
      const bytes = file instanceof Blob ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
      const seen: SttRequestSeen = {
        model: (form?.get("model") as string | null) ?? null,
        language: (form?.get("language") as string | null) ?? null,
        responseFormat: (form?.get("response_format") as string | null) ?? null,
        fileName: file instanceof File ? file.name : null,
        fileType: file instanceof Blob ? file.type : null,
        bytes: bytes.length,
        wavSeconds: wavDurationSeconds(bytes),
        authorization: req.headers.authorization ?? null,
        contentType: req.headers["content-type"] ?? null,
      };
      stub.requests.push(seen);
      if (!form || !(file instanceof Blob)) {
        res.writeHead(400, { "content-type": "application/json" }).end(JSON.stringify({ error: { message: "file is required" } }));
        return;
      }
      const answer = stub.reply(seen);
      if (answer.delayMs) await new Promise((r) => setTimeout(r, answer.delayMs));
      if (res.destroyed) return;
      res.writeHead(answer.status, { "content-type": "application/json" }).end(answer.body);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  stub.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  stub.close = () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); });
  return stub;
}
