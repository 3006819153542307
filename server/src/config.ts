import proxyaddr from "proxy-addr";
import { z } from "zod";
import type { SmtpConfig } from "./platform/delivery/email";
import { compileAllowlist, parseAllowlist } from "./platform/outbound-address";

/**
 * The one place that reads process.env. Every other module receives the typed, nested `Config`.
 * Problems are collected and reported together so an operator fixes them in one round.
 */

const DEV_SECRET = "postboxen-dev-secret-change-me-0123456789";
const WEAK_SECRETS = new Set([DEV_SECRET, "secret", "changeme", "change-me", "password"]);

const MIB = 1024 * 1024;

const bool = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((v) => v === "true" || v === "1" || v === "yes");

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    // api: HTTP and WebSocket, never a job; worker: jobs, and only /health, /api/health and /metrics; all: both.
    ROLE: z.enum(["api", "worker", "all"]).default("all"),
    // Default depends on AUTH_MODE (see loadConfig): dev sign-in listens on loopback only.
    HOST: z.string().min(1).optional(),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    // Processes serving HTTP and WebSocket on PORT (node:cluster); more than one needs REDIS_URL.
    API_PROCESSES: z.coerce.number().int().min(1).max(64).default(1),
    PUBLIC_URL: z.url().optional(),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL").optional(),
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
    /** Reads as named prepared statements (platform/read-path.ts); false behind a pooler that cannot keep them. */
    DATABASE_PREPARED_STATEMENTS: bool.default(true),
    EMBEDDED_PG_DIR: z.string().default(".data/postgres"),
    EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
    REDIS_URL: z.string().regex(/^rediss?:\/\//, "must be a redis:// URL").optional(),
    AUTH_MODE: z.enum(["dev", "oidc"]).default("dev"),
    AUTH_SECRET: z.string().min(32, "must be at least 32 characters").default(DEV_SECRET),
    DEV_AUTH_ALLOW_REMOTE: bool.default(false),
    AUTH_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(86_400).default(3600),
    OIDC_ISSUER: z.url().optional(),
    OIDC_AUDIENCE: z.string().min(1).optional(),
    OIDC_JWKS_URL: z.url().optional(),
    OIDC_ALGORITHMS: z.string().default("RS256,ES256"),
    OIDC_ROLE_CLAIM: z.string().min(1).default("roles"),
    OIDC_ORG_CLAIM: z.string().min(1).default("org"),
    CORS_ORIGINS: z.string().default(""),
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
    TRUST_PROXY: z
      .string()
      .min(1)
      .default("loopback")
      .refine((v) => {
        if (v === "none") return true;
        try {
          proxyaddr.compile(v.split(",").map((s) => s.trim()).filter(Boolean));
          return true;
        } catch {
          return false;
        }
      }, "must be none, loopback, linklocal, uniquelocal, or comma-separated addresses and CIDRs"),
    HTTP_IDLE_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
    HTTP_MAX_CONNECTIONS_PER_ADDRESS: z.coerce.number().int().min(1).max(100_000).default(256),
    SEED_DEMO: bool.default(true),
    SERVE_CLIENT: bool.default(true),
    CLIENT_DIST: z.string().default("client/dist"),
    GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).max(50).default(12),
    GRAPHQL_MAX_TOKENS: z.coerce.number().int().min(100).default(5000),
    GRAPHQL_MAX_COST: z.coerce.number().int().min(1).default(20_000),
    GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(0).default(30),
    GRAPHQL_INTROSPECTION: z.enum(["signed-in", "public", "off"]).default("signed-in"),
    AI_PROVIDER: z.enum(["local", "openai"]).default("local"),
    AI_BASE_URL: z.url().optional(),
    AI_API_KEY: z.string().min(1).optional(),
    AI_MODEL: z.string().min(1).max(100).optional(),
    // Long meetings go to the remote model in parts: characters of cues per request, cues repeated between parts, requests at once.
    AI_CHUNK_CHARS: z.coerce.number().int().min(1000).max(1_000_000).default(12_000),
    AI_CHUNK_OVERLAP_CUES: z.coerce.number().int().min(0).max(50).default(3),
    AI_MAX_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(2),
    AI_TIMEOUT_MS: z.coerce.number().int().min(1000).max(3_600_000).default(60_000),
    TRANSCRIPT_MAX_BYTES: z.coerce.number().int().min(1024).max(50 * MIB).default(5 * MIB),
    // Unset STT_URL: speech-to-text is off (transcribeAudio answers STT_NOT_CONFIGURED).
    STT_URL: z.url().refine((v) => /^https?:\/\//.test(v), "must be an http(s) URL").optional(),
    STT_API_KEY: z.string().min(1).optional(),
    STT_MODEL: z.string().min(1).max(100).default("whisper-1"),
    STT_LOCAL: bool.default(false),
    STT_MAX_BYTES: z.coerce.number().int().min(1024).max(200 * MIB).default(25 * MIB),
    STT_LANGUAGE: z.string().regex(/^[a-z]{2,3}$/, "an ISO 639-1 code such as sv or en").default("sv"),
    JOBS_QUEUE: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,62}$/, "lower-case letters, digits, - and _").default("default"),
    JOBS_POLL_MS: z.coerce.number().int().min(100).max(60_000).default(2000),
    JOBS_LOCK_LIFETIME_MS: z.coerce.number().int().min(1000).max(3_600_000).default(30_000),
    JOBS_SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
    JOBS_SCHEDULES: z.enum(["on", "off"]).default("on"),
    OUTBOUND_ALLOWLIST: z
      .string()
      .optional()
      .refine((v) => {
        try {
          compileAllowlist(parseAllowlist(v ?? ""));
          return true;
        } catch {
          return false;
        }
      }, "must be comma-separated host names, IP addresses or CIDRs"),
    // Unset SMTP_HOST: no e-mail is sent, and notifications record the channel as skipped.
    SMTP_HOST: z.string().min(1).optional(),
    SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
    SMTP_SECURE: bool.default(false),
    SMTP_REQUIRE_TLS: bool.default(false),
    SMTP_USER: z.string().min(1).optional(),
    SMTP_PASSWORD: z.string().min(1).optional(),
    SMTP_FROM: z
      .string()
      .regex(/^(?:[^<>@\r\n]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/, "must be an address, e.g. Postboxen <noreply@example.se>")
      .default("Postboxen <noreply@postboxen.local>"),
    SMTP_TLS_REJECT_UNAUTHORIZED: bool.default(true),
  });

/**
 * Rules across variables. Checked on the raw values (defaults applied by hand) rather than in a zod
 * refinement: zod skips refinements once any field is invalid, which would hide these problems
 * until the operator had fixed the others and restarted.
 */
function crossFieldProblems(env: Record<string, string | undefined>): string[] {
  const problems: string[] = [];
  const secret = env.AUTH_SECRET ?? DEV_SECRET;
  const mode = env.AUTH_MODE ?? "dev";
  if (mode === "oidc") {
    for (const key of ["OIDC_ISSUER", "OIDC_AUDIENCE"]) if (!env[key]) problems.push(`${key}: required when AUTH_MODE=oidc`);
  }
  // /auth/dev lists users and signs tokens for anyone who reaches it: loopback only, unless asked.
  const host = env.HOST ?? defaultHost(mode);
  const allowRemote = ["true", "1", "yes"].includes(env.DEV_AUTH_ALLOW_REMOTE ?? "false");
  if (mode === "dev" && !isLoopback(host) && !allowRemote) {
    problems.push(`HOST: ${host} is reachable from other machines, but AUTH_MODE=dev lets anyone sign in as any user; listen on 127.0.0.1, or set DEV_AUTH_ALLOW_REMOTE=true if that is really meant`);
  }
  if (env.AI_PROVIDER === "openai") {
    for (const key of ["AI_BASE_URL", "AI_MODEL"]) if (!env[key]) problems.push(`${key}: required when AI_PROVIDER=openai`);
  }
  // Separate api and worker processes only meet through Redis: job progress must reach the subscriber.
  const apiProcesses = Number(env.API_PROCESSES ?? 1);
  if (apiProcesses > 1 && !env.REDIS_URL) {
    problems.push("API_PROCESSES: several api processes share live updates, job progress and rate limits through Redis, so REDIS_URL is required");
  }
  if (apiProcesses > 1 && env.ROLE === "worker") {
    problems.push("API_PROCESSES: a worker serves no API; scale workers as separate processes instead");
  }
  if ((env.ROLE === "api" || env.ROLE === "worker") && !env.REDIS_URL) {
    problems.push(`ROLE: ${env.ROLE} runs beside other processes, so REDIS_URL is required (job progress and live updates travel through Redis); use ROLE=all for a single process`);
  }
  if (env.SMTP_USER && !env.SMTP_PASSWORD) problems.push("SMTP_PASSWORD: required when SMTP_USER is set");
  if (env.SMTP_PASSWORD && !env.SMTP_USER) problems.push("SMTP_USER: required when SMTP_PASSWORD is set");
  if (env.NODE_ENV === "production") {
    if (mode === "dev") problems.push("AUTH_MODE: dev sign-in is refused in production");
    if (WEAK_SECRETS.has(secret) || new Set(secret).size < 10) problems.push("AUTH_SECRET: default or weak secret refused in production");
    if (!env.DATABASE_URL) problems.push("DATABASE_URL: required in production");
  }
  return problems;
}

function defaultHost(mode: string): string {
  return mode === "dev" ? "127.0.0.1" : "0.0.0.0";
}

/** 127.0.0.0/8, ::1 and localhost: addresses only this machine can reach. */
export function isLoopback(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[(.*)\]$/, "$1");
  return h === "localhost" || h === "::1" || /^(::ffff:)?127(\.\d{1,3}){3}$/.test(h);
}

export type Env = z.infer<typeof envSchema>;

/** Every variable the server reads: the README table and docker-compose.yml are checked against it. */
export const ENV_KEYS: readonly string[] = Object.keys(envSchema.shape);

export interface Config {
  env: Env["NODE_ENV"];
  role: Env["ROLE"];
  /** How many processes serve HTTP and WebSocket (node:cluster, see main.ts). */
  apiProcesses: number;
  http: {
    host: string;
    port: number;
    publicUrl?: string;
    corsOrigins: string[];
    rateLimitPerMinute: number;
    /** proxy-addr syntax: `loopback`, `uniquelocal`, addresses and CIDRs, comma-separated; `none` trusts nobody. */
    trustProxy: string[];
    /** A connection silent this long (no request in progress) is closed. */
    idleTimeoutMs: number;
    maxConnectionsPerAddress: number;
  };
  log: { level: Env["LOG_LEVEL"] };
  db: { url?: string; poolMax: number; preparedStatements: boolean; embeddedDir: string; embeddedPort: number };
  redis: { url?: string };
  auth: {
    mode: Env["AUTH_MODE"];
    /** secret: signs dev tokens; never logged */
    secret: string;
    tokenTtlSeconds: number;
    oidc?: { issuer: string; audience: string; jwksUrl: string; algorithms: string[]; roleClaim: string; orgClaim: string };
  };
  seedDemo: boolean;
  client: { serve: boolean; dist: string };
  graphql: { maxDepth: number; maxTokens: number; maxCost: number; maxAliases: number; introspection: Env["GRAPHQL_INTROSPECTION"] };
  ai: AiConfig;
  /** null when STT_URL is unset: speech-to-text is then off. */
  stt: SttConfig | null;
  jobs: { queue: string; pollMs: number; lockLifetimeMs: number; shutdownGraceMs: number; schedules: boolean };
  /** Hosts and CIDRs user-typed URLs may reach although private (the operator's exception to the outbound guard). */
  outbound: { allowlist: string[] };
  /** null when SMTP_HOST is unset: e-mail is then skipped. `password` is a secret. */
  smtp: SmtpConfig | null;
}

/**
 * Which extractor turns transcripts into decisions and action items. `local` never sends anything
 * anywhere; `openai` calls an OpenAI-compatible server, but never for a SENSITIVE meeting.
 */
export interface AiConfig {
  provider: Env["AI_PROVIDER"];
  remote?: {
    baseUrl: string;
    /** secret: sent to the AI server only; never logged */
    apiKey?: string;
    model: string;
    /** Parts of a long meeting: characters of cues per request, and cues repeated at the start of the next part. */
    chunking: { maxChars: number; overlapCues: number };
    /** Requests in flight at once from this process. */
    maxConcurrency: number;
    /** Per request (a model on CPU may need minutes for one part). */
    timeoutMs: number;
  };
  /** Largest transcript accepted, in bytes of UTF-8. */
  transcriptMaxBytes: number;
}

/**
 * Speech-to-text through an OpenAI-compatible `/v1/audio/transcriptions` server (whisper.cpp,
 * faster-whisper-server, KB-Whisper behind a server). `local` is the operator's statement that the
 * server runs on the organisation's own machines: only then may SENSITIVE meetings' audio go there.
 */
export interface SttConfig {
  /** Base URL without /v1/audio/transcriptions; operator configuration, not user input. */
  url: string;
  /** secret: sent to the STT server only (as Bearer); never logged */
  apiKey?: string;
  model: string;
  local: boolean;
  /** Largest audio file accepted, in bytes (after base64 decoding). */
  maxBytes: number;
  /** ISO 639-1 language sent with every request. */
  language: string;
}

/**
 * The largest signed-in /graphql body: a transcript travels as JSON text (escaping can double it),
 * audio as base64 (4/3 of its bytes), each with 64 KiB for the rest of the request.
 */
export function graphqlBodyLimit(config: Pick<Config, "ai" | "stt">): number {
  const transcriptNeed = Math.max(MIB, 2 * config.ai.transcriptMaxBytes + 64 * 1024);
  const audioNeed = config.stt ? Math.ceil((config.stt.maxBytes * 4) / 3) + 64 * 1024 : 0;
  return Math.max(transcriptNeed, audioNeed);
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  // Empty strings in an env file mean "unset", not "empty value".
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = envSchema.safeParse(cleaned);
  const problems = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".") || "(env)"}: ${i.message}`);
  const reported = new Set(problems.map((p) => p.split(":")[0]));
  problems.push(...crossFieldProblems(cleaned).filter((p) => !reported.has(p.split(":")[0])));
  if (!parsed.success || problems.length) throw new ConfigError(problems);
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    role: e.ROLE,
    apiProcesses: e.API_PROCESSES,
    http: {
      host: e.HOST ?? defaultHost(e.AUTH_MODE),
      port: e.PORT,
      publicUrl: e.PUBLIC_URL,
      corsOrigins: e.CORS_ORIGINS.split(",").map((s) => s.trim()).filter(Boolean),
      rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
      trustProxy: e.TRUST_PROXY === "none" ? [] : e.TRUST_PROXY.split(",").map((s) => s.trim()).filter(Boolean),
      idleTimeoutMs: e.HTTP_IDLE_TIMEOUT_MS,
      maxConnectionsPerAddress: e.HTTP_MAX_CONNECTIONS_PER_ADDRESS,
    },
    log: { level: e.LOG_LEVEL },
    db: { url: e.DATABASE_URL, poolMax: e.DATABASE_POOL_MAX, preparedStatements: e.DATABASE_PREPARED_STATEMENTS, embeddedDir: e.EMBEDDED_PG_DIR, embeddedPort: e.EMBEDDED_PG_PORT },
    redis: { url: e.REDIS_URL },
    auth: {
      mode: e.AUTH_MODE,
      secret: e.AUTH_SECRET,
      tokenTtlSeconds: e.AUTH_TOKEN_TTL_SECONDS,
      oidc:
        e.AUTH_MODE === "oidc" && e.OIDC_ISSUER && e.OIDC_AUDIENCE
          ? {
              issuer: e.OIDC_ISSUER,
              audience: e.OIDC_AUDIENCE,
              jwksUrl: e.OIDC_JWKS_URL ?? new URL(".well-known/jwks.json", e.OIDC_ISSUER.endsWith("/") ? e.OIDC_ISSUER : `${e.OIDC_ISSUER}/`).toString(),
              algorithms: e.OIDC_ALGORITHMS.split(",").map((s) => s.trim()).filter(Boolean),
              roleClaim: e.OIDC_ROLE_CLAIM,
              orgClaim: e.OIDC_ORG_CLAIM,
            }
          : undefined,
    },
    seedDemo: e.SEED_DEMO,
    client: { serve: e.SERVE_CLIENT, dist: e.CLIENT_DIST },
    graphql: { maxDepth: e.GRAPHQL_MAX_DEPTH, maxTokens: e.GRAPHQL_MAX_TOKENS, maxCost: e.GRAPHQL_MAX_COST, maxAliases: e.GRAPHQL_MAX_ALIASES, introspection: e.GRAPHQL_INTROSPECTION },
    ai: {
      provider: e.AI_PROVIDER,
      remote:
        e.AI_PROVIDER === "openai" && e.AI_BASE_URL && e.AI_MODEL
          ? {
              baseUrl: e.AI_BASE_URL,
              model: e.AI_MODEL,
              ...(e.AI_API_KEY ? { apiKey: e.AI_API_KEY } : {}),
              chunking: { maxChars: e.AI_CHUNK_CHARS, overlapCues: e.AI_CHUNK_OVERLAP_CUES },
              maxConcurrency: e.AI_MAX_CONCURRENCY,
              timeoutMs: e.AI_TIMEOUT_MS,
            }
          : undefined,
      transcriptMaxBytes: e.TRANSCRIPT_MAX_BYTES,
    },
    stt: e.STT_URL
      ? { url: e.STT_URL, model: e.STT_MODEL, local: e.STT_LOCAL, maxBytes: e.STT_MAX_BYTES, language: e.STT_LANGUAGE, ...(e.STT_API_KEY ? { apiKey: e.STT_API_KEY } : {}) }
      : null,
    jobs: { queue: e.JOBS_QUEUE, pollMs: e.JOBS_POLL_MS, lockLifetimeMs: e.JOBS_LOCK_LIFETIME_MS, shutdownGraceMs: e.JOBS_SHUTDOWN_GRACE_MS, schedules: e.JOBS_SCHEDULES === "on" },
    // `none`: nothing private, whatever the defaults. Unset on the embedded demo defaults (development with the demo seeded): 127.0.0.1, so the
    // regwatch demo source the app serves itself can be polled. Anywhere else unset means none.
    outbound: { allowlist: e.OUTBOUND_ALLOWLIST === "none" ? [] : e.OUTBOUND_ALLOWLIST !== undefined ? parseAllowlist(e.OUTBOUND_ALLOWLIST) : e.NODE_ENV === "development" && e.SEED_DEMO ? ["127.0.0.1"] : [] },
    smtp: e.SMTP_HOST
      ? {
          host: e.SMTP_HOST,
          port: e.SMTP_PORT,
          secure: e.SMTP_SECURE,
          requireTls: e.SMTP_REQUIRE_TLS,
          ...(e.SMTP_USER ? { user: e.SMTP_USER, password: e.SMTP_PASSWORD } : {}),
          from: e.SMTP_FROM,
          rejectUnauthorized: e.SMTP_TLS_REJECT_UNAUTHORIZED,
        }
      : null,
  };
}
