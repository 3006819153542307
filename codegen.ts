import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * GraphQL Code Generator for the client.
 *
 * Run from the repo root: `npx graphql-codegen --config codegen.ts` (or `npm run codegen`).
 * The output in client/src/gql/ is committed and must never be edited by hand.
 */
const config: CodegenConfig = {
  schema: "schema/schema.graphql",
  documents: ["client/src/**/*.{ts,tsx}", "!client/src/gql/**/*"],
  ignoreNoDocuments: false,
  generates: {
    "client/src/gql/": {
      preset: "client",
      presetConfig: {
        fragmentMasking: { unmaskFunctionName: "getFragmentData" },
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: false,
        scalars: { DateTimeISO: "string", ID: "string" },
        avoidOptionals: false,
        strictScalars: true,
      },
    },
  },
};

export default config;
