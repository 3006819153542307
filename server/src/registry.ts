import type { Logger } from "pino";
import { openDatabase, type Database } from "./platform/db";
import { PLATFORM_ENTITIES } from "./platform/entities";
import { buildRegistry } from "./platform/module";
import { MODULES } from "./modules/index";

/** Everything derived from the module manifests, once. */
export const REGISTRY = buildRegistry(MODULES, PLATFORM_ENTITIES);

/** The application's database: the ORM over every module's entities, migrated. */
export function openAppDatabase(url: string, logger: Logger, poolMax = 10): Promise<Database> {
  return openDatabase(url, logger, { entities: REGISTRY.entities, poolMax });
}
