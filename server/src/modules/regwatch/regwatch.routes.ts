import type { ModuleRoute } from "../../platform/module";
import { DEMO_FEED_PATH, demoFeed } from "./regwatch-demo";

/**
 * `GET /api/regwatch/demo-feed`: the demo source's Atom feed, derived from the clock (a change
 * every two minutes), so the demo shows alerts, versions and diffs without internet. Not served in
 * production. Sent as application/atom+xml (parsers read it by the source's kind, not by content type).
 */
export const regwatchRoutes: ModuleRoute[] = [
  {
    method: "GET",
    path: DEMO_FEED_PATH,
    handler: async (_request, { config, clock }) => {
      if (config.env === "production") return { status: 404, contentType: "text/plain; charset=utf-8", body: "Not found" };
      return { status: 200, contentType: "application/atom+xml; charset=utf-8", body: demoFeed(clock.now()) };
    },
  },
];
