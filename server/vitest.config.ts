import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

// graphql 16 has no "exports" map: Node (and tsx, in production) loads its CommonJS main, but Vite
// would pick the "module" (.mjs) entry for our sources while type-graphql, Apollo and graphql-ws get
// the CommonJS one — two graphql realms, which breaks graphql-ws's onSubscribe validation. Resolve
// like Node does, so tests run the same module graph as production.
const graphqlMain = createRequire(import.meta.url).resolve("graphql");

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlMain }] },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
