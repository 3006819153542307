// Worker thread entry: plain JavaScript so Node can start it as it is, then the TypeScript parser
// through tsx's API (loader flags on the command line do not reach worker threads).
import { tsImport } from "tsx/esm/api";

await tsImport("./calendar-parse.worker.ts", import.meta.url);
