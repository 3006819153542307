import { ConfigError, loadConfig } from "../config";
import { loadHoldouts, loadSlice } from "../ai/extraction/learn/corpus";
import { Organization } from "../platform/identity/organization.entity";
import { createLogger } from "../platform/logger";
import { openAppDatabase } from "../registry";
import { trainOrganizationModel } from "../modules/review/org-training";
import { cliDatabaseUrl } from "./database";

/**
 * `npm run train:extraction -- --org <slug>`: the organisation's model from the corpus train slice
 * and the holdouts (as the shipped model; the test slice never) plus its labelled examples,
 * stored in organization_extraction_models. Returns the exit code: 0, or 1 for an unknown
 * organisation or a configuration problem (message on stderr).
 */
export async function trainForOrganization(root: string, slug: string, opts: { json: boolean }): Promise<number> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    console.error(error instanceof ConfigError ? error.message : String(error));
    return 1;
  }
  const logger = createLogger(config.log.level === "info" ? "warn" : config.log.level, { write: (line) => void process.stderr.write(line) });
  const { url, stop } = await cliDatabaseUrl(config, logger, "train:extraction");
  const db = await openAppDatabase(url, logger, 2);
  try {
    const org = await db.system().findOne(Organization, { slug });
    if (!org) {
      console.error(`train:extraction: no organisation with slug "${slug}"`);
      return 1;
    }
    const started = Date.now();
    const base = [...loadSlice(root, "train"), ...loadHoldouts(root)];
    const result = await trainOrganizationModel(db.forOrg(org.id), org.id, base);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      opts.json
        ? JSON.stringify({ org: slug, hash: result.hash, examples: result.examples, features: result.features, meetings: base.length })
        : `trained the model of ${slug} from ${base.length} corpus meetings + ${result.examples} labelled examples (${result.features} features, sha256 ${result.hash.slice(0, 16)}) in ${seconds} s`,
    );
    return 0;
  } finally {
    await db.close();
    await stop?.();
  }
}
