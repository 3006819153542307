import type { MigrationObject } from "@mikro-orm/core";
import { Migration20261121233900 } from "./Migration20261121233900";
import { Migration20261121234556 } from "./Migration20261121234556";
import { Migration20261121235550 } from "./Migration20261121235550";
import { Migration20261122002637 } from "./Migration20261122002637";
import { Migration20261201090000 } from "./Migration20261201090000";
import { Migration20261201120000 } from "./Migration20261201120000";
import { Migration20261201130000 } from "./Migration20261201130000";
import { Migration20261201135000 } from "./Migration20261201135000";
import { Migration20261201140000 } from "./Migration20261201140000";
import { Migration20261201150000 } from "./Migration20261201150000";
import { Migration20261201160000 } from "./Migration20261201160000";
import { Migration20261201170000 } from "./Migration20261201170000";
import { Migration20261201190000 } from "./Migration20261201190000";
import { Migration20261201203000 } from "./Migration20261201203000";
import { Migration20261201204500 } from "./Migration20261201204500";
import { Migration20261202000000 } from "./Migration20261202000000";

/**
 * Every migration, in order. Listed statically so the same list runs under tsx, vitest and any
 * bundler (no runtime file globbing). Add a new migration here; never edit one that has landed.
 */
export const MIGRATIONS: MigrationObject[] = [{ name: "Migration20261121233900", class: Migration20261121233900 }, { name: "Migration20261121234556", class: Migration20261121234556 }, { name: "Migration20261121235550", class: Migration20261121235550 }, { name: "Migration20261122002637", class: Migration20261122002637 }, { name: "Migration20261201090000", class: Migration20261201090000 }, { name: "Migration20261201120000", class: Migration20261201120000 }, { name: "Migration20261201130000", class: Migration20261201130000 }, { name: "Migration20261201135000", class: Migration20261201135000 }, { name: "Migration20261201140000", class: Migration20261201140000 }, { name: "Migration20261201150000", class: Migration20261201150000 }, { name: "Migration20261201160000", class: Migration20261201160000 }, { name: "Migration20261201170000", class: Migration20261201170000 }, { name: "Migration20261201190000", class: Migration20261201190000 }, { name: "Migration20261201203000", class: Migration20261201203000 }, { name: "Migration20261201204500", class: Migration20261201204500 }, { name: "Migration20261202000000", class: Migration20261202000000 }];
