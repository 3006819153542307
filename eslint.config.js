import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["**/node_modules/**", "**/dist/**", "client/src/gql/**", ".data/**", "coverage/**", "**/*.d.ts"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: "readonly",
        console: "readonly",
        Buffer: "readonly",
        URL: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        fetch: "readonly",
        TextEncoder: "readonly",
        TextDecoder: "readonly",
      },
    },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      "no-console": "off",
    },
  },
  // Layers (docs/ARCHITECTURE.md): platform/ and ai/ never depend on a module.
  {
    files: ["server/src/platform/**/*.ts", "server/src/ai/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/modules/**", "**/modules"], message: "platform/ and ai/ must not import modules/: let the module register itself through its manifest, or hand it in from the composition root." }] },
      ],
    },
  },
  // Modules use each other's services, never resolvers; and reach the network only through the platform's guarded client.
  {
    files: ["server/src/modules/**/*.ts"],
    ignores: ["server/src/modules/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: ["node:http", "node:https", "http", "https", "undici", "node:net", "node:tls"].map((name) => ({ name, message: "Fetch URLs through platform/outbound.ts (private addresses refused, timeouts, size caps)." })),
          patterns: [{ group: ["../*/*.resolver", "../*/**/*.resolver"], message: "Use the other module's service, never its resolver." }],
        },
      ],
      "no-restricted-globals": ["error", { name: "fetch", message: "Fetch URLs through platform/outbound.ts (private addresses refused, timeouts, size caps)." }],
    },
  },
);
