/**
 * Writes a new migration from the difference between the entities and a database that has every
 * existing migration applied: `DATABASE_URL=... npm run migration:create`. Never edit a landed one.
 */
import { MikroORM } from "@mikro-orm/postgresql";
import { ormOptions } from "../platform/db";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is required (an empty scratch database)");
  process.exit(2);
}
const orm = await MikroORM.init(ormOptions(url));
try {
  await orm.getMigrator().up();
  const result = await orm.getMigrator().createMigration(undefined, false, process.argv.includes("--initial"));
  console.error(result.fileName ? `wrote migrations/${result.fileName}` : "no changes");
} finally {
  await orm.close(true);
}
