import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ENV_KEYS } from "../../src/config";

const root = resolve(__dirname, "../../..");
const readme = readFileSync(resolve(root, "README.md"), "utf8");

describe("README", () => {
  it("documents every configuration variable the server reads, in its table", () => {
    const documented = new Set([...readme.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1] ?? ""));
    expect(ENV_KEYS.filter((k) => !documented.has(k))).toEqual([]);
    expect([...documented].filter((k) => !ENV_KEYS.includes(k))).toEqual([]);
  });

  it("keeps exactly the two set-up commands", () => {
    expect(readme).toContain("npm ci && npm start");
    expect(readme).toContain("npm test");
  });
});

describe("docker-compose.yml", () => {
  const compose = parse(readFileSync(resolve(root, "docker-compose.yml"), "utf8")) as {
    services: Record<string, { environment?: Record<string, string>; image?: string; build?: unknown; depends_on?: Record<string, unknown> }>;
  };

  it("runs the api with PostgreSQL and Redis it waits for", () => {
    expect(Object.keys(compose.services)).toEqual(expect.arrayContaining(["api", "postgres", "redis"]));
    expect(compose.services.api?.depends_on).toHaveProperty("postgres");
    expect(compose.services.api?.depends_on).toHaveProperty("redis");
  });

  it("runs a worker for the background jobs beside the api, never jobs in the api", () => {
    expect(compose.services.api?.environment?.ROLE).toBe("api");
    expect(compose.services.worker?.environment?.ROLE).toBe("worker");
    expect(compose.services.worker?.depends_on).toHaveProperty("postgres");
    expect(compose.services.worker?.environment?.REDIS_URL).toBe("redis://redis:6379");
  });

  it("sets only variables the server knows, and production-safe ones", () => {
    for (const service of ["api", "worker"]) {
      const env = compose.services[service]?.environment ?? {};
      expect(Object.keys(env).filter((k) => !ENV_KEYS.includes(k))).toEqual([]);
      expect(env.NODE_ENV).toBe("production");
    }
    const env = compose.services.api?.environment ?? {};
    expect(Object.keys(env).filter((k) => !ENV_KEYS.includes(k))).toEqual([]);
    expect(env.NODE_ENV).toBe("production");
    expect(env.AUTH_MODE).not.toBe("dev");
    expect(env.DATABASE_URL).toMatch(/^postgres:\/\/.+@postgres:5432\//);
    expect(env.REDIS_URL).toBe("redis://redis:6379");
  });
});
