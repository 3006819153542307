import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

// Client unit tests (pure helpers beside their code): `cd client && npx vitest run`.
// The browser suite has its own config: e2e/vitest.config.ts.
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  test: {
    include: ["src/**/*.test.ts"],
    environment: "node",
  },
});
