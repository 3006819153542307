import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL(".", import.meta.url));
const apiTarget = process.env.POSTBOXEN_API ?? "http://127.0.0.1:4000";

export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: false,
    // GraphiQL/Monaco is lazy-loaded on /explorer and is large by nature.
    chunkSizeWarningLimit: 4096,
    rolldownOptions: {
      onwarn(warning, defaultHandler) {
        // GraphiQL ships React-compiler "use no memo" directives; harmless when bundled.
        if (warning.code === "MODULE_LEVEL_DIRECTIVE") return;
        defaultHandler(warning);
      },
    },
  },
  worker: { format: "es" },
  optimizeDeps: {
    // These modules import Monaco's workers with `?worker`, which only Vite's worker plugin
    // understands: serve them as source instead of pre-bundling them (dev server only).
    exclude: ["graphiql/setup-workers/vite", "@graphiql/react/setup-workers/vite"],
  },
  server: {
    proxy: {
      "/graphql": { target: apiTarget, ws: true, changeOrigin: true },
      "/auth": { target: apiTarget, changeOrigin: true },
      "/health": { target: apiTarget, changeOrigin: true },
    },
  },
  preview: {
    proxy: {
      "/graphql": { target: apiTarget, ws: true, changeOrigin: true },
      "/auth": { target: apiTarget, changeOrigin: true },
    },
  },
});
