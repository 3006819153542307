/** Opaque global ids: base64url("Type:uuid"). Clients must not parse them. */
const UUID = /^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/i;
/**
 * Type names are GraphQL object type names in PascalCase. Anything else (e.g. "constructor",
 * "__proto__") does not decode at all, so it can never be used as a key into a lookup object.
 */
const TYPE_NAME = /^[A-Z][A-Za-z0-9]{0,63}$/;

export function toGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`, "utf8").toString("base64url");
}

export function fromGlobalId(globalId: string): { type: string; id: string } | null {
  if (typeof globalId !== "string" || globalId.length > 200) return null;
  const decoded = Buffer.from(globalId, "base64url").toString("utf8");
  const sep = decoded.indexOf(":");
  if (sep < 1) return null;
  const type = decoded.slice(0, sep);
  const id = decoded.slice(sep + 1);
  return TYPE_NAME.test(type) && UUID.test(id) ? { type, id } : null;
}

/** The uuid of a global id of the expected type, or null (treated as not found by callers). */
export function idOf(type: string, globalId: string): string | null {
  const parsed = fromGlobalId(globalId);
  return parsed && parsed.type === type ? parsed.id : null;
}
