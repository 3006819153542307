// Which targets the outbound client may reach: URL rules, address ranges, allow-list, DNS pinning.
import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import ipaddr from "ipaddr.js";

type Address = ipaddr.IPv4 | ipaddr.IPv6;
type Range = [Address, number];

const v4 = (cidr: string): [ipaddr.IPv4, number] => ipaddr.IPv4.parseCIDR(cidr);
const v6 = (cidr: string): [ipaddr.IPv6, number] => ipaddr.IPv6.parseCIDR(cidr);

// The IANA special-purpose registry and everything else that is not a public web server. The list is
// ours rather than ipaddr.js's range() because the hoisted ipaddr.js 1.x lacks e.g. 198.18/15.
const BLOCKED_V4 = [
  "0.0.0.0/8", // "this network": 0.0.0.0 reaches the local host on Linux
  "10.0.0.0/8",
  "100.64.0.0/10", // CGNAT
  "127.0.0.0/8",
  "169.254.0.0/16", // link-local, includes the cloud metadata service 169.254.169.254
  "172.16.0.0/12",
  "192.0.0.0/24",
  "192.0.2.0/24",
  "192.88.99.0/24",
  "192.168.0.0/16",
  "198.18.0.0/15", // benchmarking
  "198.51.100.0/24",
  "203.0.113.0/24",
  "224.0.0.0/4", // multicast
  "240.0.0.0/4", // reserved, includes 255.255.255.255
].map(v4);

// Packets to these end up at the IPv4 address in the last 32 bits (mapped, SIIT, NAT64 well-known
// prefix), so that IPv4 address decides.
const EMBEDS_V4_TAIL = ["::ffff:0:0/96", "::ffff:0:0:0/96", "64:ff9b::/96"].map(v6);
const SIX_TO_FOUR = v6("2002::/16");
// Only 2000::/3 is allocated as global unicast; everything outside it (::1, ::, fc00::/7 with the
// metadata address fd00:ec2::254, fe80::/10, ff00::/8, 64:ff9b:1::/48, 100::/64 ...) is refused.
const GLOBAL_UNICAST = v6("2000::/3");
const BLOCKED_V6_GLOBAL = [
  "2001::/23", // IETF protocol assignments: Teredo, benchmarking, ORCHID
  "2001:db8::/32", // documentation
  "3fff::/20", // documentation (RFC 9637)
].map(v6);

/** Parses a strict IP literal (optionally bracketed or with a zone id); anything else is undefined. */
export function parseIp(value: string): Address | undefined {
  const bare = value.startsWith("[") && value.endsWith("]") ? value.slice(1, -1) : value;
  // net.isIP is strict (no "2130706433" or "0x7f.1"): such forms never come from DNS, and the URL
  // parser has already normalised them in hostnames.
  if (isIP(bare) === 0) return undefined;
  try {
    return ipaddr.parse(bare.split("%")[0] ?? bare);
  } catch {
    return undefined;
  }
}

function embeddedV4(addr: ipaddr.IPv6, high: number, low: number): ipaddr.IPv4 {
  const h = addr.parts[high] ?? 0;
  const l = addr.parts[low] ?? 0;
  return new ipaddr.IPv4([h >> 8, h & 0xff, l >> 8, l & 0xff]);
}

function isBlockedParsed(addr: Address): boolean {
  if (addr.kind() === "ipv4") {
    const a = addr as ipaddr.IPv4;
    return BLOCKED_V4.some((range) => a.match(range));
  }
  const a = addr as ipaddr.IPv6;
  if (EMBEDS_V4_TAIL.some((range) => a.match(range))) return isBlockedParsed(embeddedV4(a, 6, 7));
  if (a.match(SIX_TO_FOUR)) return isBlockedParsed(embeddedV4(a, 1, 2));
  if (!a.match(GLOBAL_UNICAST)) return true;
  return BLOCKED_V6_GLOBAL.some((range) => a.match(range));
}

/** True unless `ip` is a public unicast address. Strings that are not IP literals count as blocked. */
export function isBlockedAddress(ip: string): boolean {
  const addr = parseIp(ip.trim());
  return addr === undefined || isBlockedParsed(addr);
}

/** "a.example, 10.0.0.0/8 ,127.0.0.1" -> ["a.example", "10.0.0.0/8", "127.0.0.1"]. */
export function parseAllowlist(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
}

export interface Allowlist {
  hosts: Set<string>;
  ranges: Range[];
}

/** Hostnames compare without case or a trailing dot, and IPv6 literals without brackets. */
export function normalizeHost(host: string): string {
  const lower = host.toLowerCase().replace(/\.$/, "");
  return lower.startsWith("[") && lower.endsWith("]") ? lower.slice(1, -1) : lower;
}

export function compileAllowlist(entries: readonly string[]): Allowlist {
  const allow: Allowlist = { hosts: new Set(), ranges: [] };
  for (const entry of entries) {
    if (entry.includes("/")) {
      try {
        allow.ranges.push(ipaddr.parseCIDR(entry));
      } catch {
        // A typo here would silently fail closed or open depending on the fallback; refuse to start.
        throw new Error(`Invalid outbound allow-list entry: ${entry}`);
      }
      continue;
    }
    const addr = parseIp(entry);
    if (addr) allow.ranges.push([addr, addr.kind() === "ipv4" ? 32 : 128]);
    else allow.hosts.add(normalizeHost(entry));
  }
  return allow;
}

export function isAddressAllowed(allow: Allowlist, addr: Address): boolean {
  // 127.0.0.0/8 should also admit ::ffff:127.0.0.1 and the other way round.
  const forms: Address[] = [addr];
  if (addr.kind() === "ipv4") forms.push((addr as ipaddr.IPv4).toIPv4MappedAddress());
  else if ((addr as ipaddr.IPv6).isIPv4MappedAddress()) forms.push((addr as ipaddr.IPv6).toIPv4Address());
  return allow.ranges.some(([net, bits]) =>
    forms.some((form) => {
      if (form.kind() !== net.kind()) return false;
      return form.kind() === "ipv4"
        ? (form as ipaddr.IPv4).match(net as ipaddr.IPv4, bits)
        : (form as ipaddr.IPv6).match(net as ipaddr.IPv6, bits);
    }),
  );
}

/** Whether a resolved address may be connected to: public, or covered by the allow-list. */
export function isAddressPermitted(allow: Allowlist, address: string): boolean {
  const addr = parseIp(address);
  if (!addr) return false;
  return isAddressAllowed(allow, addr) || !isBlockedParsed(addr);
}

export type OutboundErrorCode =
  | "BLOCKED_SCHEME"
  | "BLOCKED_ADDRESS"
  | "DNS_FAILED"
  | "TIMEOUT"
  | "TOO_LARGE"
  | "TOO_MANY_REDIRECTS"
  | "BAD_URL"
  | "NETWORK";

/** Messages name the host only: these errors get logged, and URLs may carry tokens in the query. */
export class OutboundError extends Error {
  readonly code: OutboundErrorCode;
  constructor(code: OutboundErrorCode, message: string) {
    super(message);
    this.name = "OutboundError";
    this.code = code;
  }
}

export type Resolver = (host: string) => Promise<{ address: string; family: 4 | 6 }[]>;

export async function systemResolver(host: string): ReturnType<Resolver> {
  const rows = await lookup(host, { all: true });
  return rows.map((row) => ({ address: row.address, family: row.family === 6 ? 6 : 4 }));
}

export function parseTarget(raw: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    throw new OutboundError("BAD_URL", "Outbound request rejected: URL is invalid");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new OutboundError("BLOCKED_SCHEME", `Outbound request blocked: scheme ${url.protocol} is not allowed`);
  }
  if (url.username || url.password) {
    throw new OutboundError("BAD_URL", `Outbound request rejected: URL contains credentials (host ${url.hostname})`);
  }
  return url;
}

/** Resolves once and returns the address to connect to, so a rebinding DNS answer never gets a second say. */
export async function resolveTarget(url: URL, allow: Allowlist, resolver: Resolver): Promise<{ address: string; family: 4 | 6 }> {
  const host = normalizeHost(url.hostname);
  const literal = isIP(host);
  let found: { address: string; family: 4 | 6 }[];
  if (literal !== 0) found = [{ address: host, family: literal === 6 ? 6 : 4 }];
  // RFC 6761: these names are loopback whatever a resolver says, and need no lookup to refuse.
  else if (host === "localhost" || host.endsWith(".localhost")) found = [{ address: "127.0.0.1", family: 4 }];
  else {
    try {
      found = await resolver(host);
    } catch {
      found = [];
    }
    if (found.length === 0) throw new OutboundError("DNS_FAILED", `Outbound request failed: DNS lookup failed (host ${host})`);
  }
  const hostListed = allow.hosts.has(host);
  // Every answer must pass, not just the first: the OS or a retry could otherwise pick the bad one.
  if (!found.every((a) => hostListed || isAddressPermitted(allow, a.address))) {
    throw new OutboundError("BLOCKED_ADDRESS", `Outbound request blocked: address is private (host ${host})`);
  }
  const first = found[0] as { address: string; family: 4 | 6 };
  return { address: first.address, family: isIP(first.address) === 6 ? 6 : 4 };
}

