import { describe, expect, it } from "vitest";
import { createRequire } from "node:module";
import { textFrame } from "./ws-server";

// ws's frame parser (exported by ws, not by its type definitions).
const { Receiver } = createRequire(import.meta.url)("ws") as {
  Receiver: new (options: { isServer: boolean; maxPayload: number }) => NodeJS.EventEmitter & { write(chunk: Buffer): void };
};

/** Frames as ws's own client-side parser reads them (it refuses masked or malformed server frames). */
const parse = (frame: Buffer): Promise<{ text: string; binary: boolean }> =>
  new Promise((resolve, reject) => {
    const receiver = new Receiver({ isServer: false, maxPayload: 0 });
    receiver.on("message", (data: Buffer, binary: boolean) => resolve({ text: data.toString(), binary }));
    receiver.on("error", reject);
    receiver.write(frame);
  });

describe("textFrame", () => {
  it("builds text frames ws parses, at each of the three length encodings and their edges", async () => {
    for (const length of [0, 1, 125, 126, 127, 65_535, 65_536, 200_000]) {
      const body = "å".repeat(Math.floor(length / 2)) + "x".repeat(length % 2); // multi-byte text
      const bytes = Buffer.from(body);
      expect(bytes.length).toBe(length);
      const frame = textFrame([bytes.subarray(0, 3), bytes.subarray(3)]);
      expect(frame.length).toBe(length + (length < 126 ? 2 : length < 65_536 ? 4 : 10));
      expect(await parse(frame)).toEqual({ text: body, binary: false });
    }
  });

  it("joins its parts in order", async () => {
    const frame = textFrame([Buffer.from('{"id":"7","type":"next","payload":'), Buffer.from('{"data":{}}'), Buffer.from("}")]);
    expect(JSON.parse((await parse(frame)).text)).toEqual({ id: "7", type: "next", payload: { data: {} } });
  });
});
