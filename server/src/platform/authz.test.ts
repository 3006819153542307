import { describe, expect, it } from "vitest";
import { ErrorCode, notFound, type AppError } from "./errors";
import { compiledCheck, guardedResolver, isEditor } from "./authz";
import { createLogger } from "./logger";

const editor = { principal: { kind: "user", userId: "u", orgId: "o", role: "EDITOR" } } as never;
const viewer = { principal: { kind: "user", userId: "u", orgId: "o", role: "VIEWER" } } as never;
const codeOf = (error: unknown) => (error as AppError).extensions.code;

describe("a field guarded in its resolver answers as shield does", () => {
  const check = compiledCheck(isEditor)!;
  const logger = createLogger("silent");

  it("refuses before the resolver runs, and runs it when the role suffices", async () => {
    let ran = 0;
    const resolve = guardedResolver(check, () => ++ran, logger);
    expect(() => resolve(undefined, {}, viewer, undefined)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: "FORBIDDEN" }) }));
    expect(() => resolve(undefined, {}, { principal: null } as never, undefined)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: "UNAUTHENTICATED" }) }));
    expect(ran).toBe(0);
    expect(resolve(undefined, {}, editor, undefined)).toBe(1);
  });

  it("passes domain errors, hides anything else as INTERNAL_SERVER_ERROR, thrown or rejected", async () => {
    const thrown = (error: unknown) => guardedResolver(check, () => { throw error; }, logger);
    const rejected = (error: unknown) => guardedResolver(check, async () => { throw error; }, logger);
    const caught = (fn: () => unknown) => { try { fn(); } catch (error) { return error; } return undefined; };
    expect(codeOf(caught(() => thrown(notFound("ActionItem"))(undefined, {}, editor, undefined)))).toBe(ErrorCode.NOT_FOUND);
    const hidden = caught(() => thrown(new Error("select * from secret"))(undefined, {}, editor, undefined)) as AppError;
    expect(codeOf(hidden)).toBe(ErrorCode.INTERNAL_SERVER_ERROR);
    expect(hidden.message).not.toContain("secret");
    await expect(rejected(notFound("ActionItem"))(undefined, {}, editor, undefined)).rejects.toMatchObject({ extensions: { code: ErrorCode.NOT_FOUND } });
    await expect(rejected(new Error("boom"))(undefined, {}, editor, undefined)).rejects.toMatchObject({ extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } });
  });
});
