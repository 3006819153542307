/**
 * Writes a new migration from the difference between the entities and a database that has every
 * existing migration applied: `DATABASE_URL=... npm run migration:create`, and lists it in
 * migrations/index.ts. Never edit a landed one.
 */
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { MikroORM } from "@mikro-orm/postgresql";
import { MIGRATIONS_DIR, ormOptions } from "../platform/db";
import { REGISTRY } from "../registry";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is required (an empty scratch database)");
  process.exit(2);
}

/** migrations/index.ts from the files on disk, in name (= time) order. */
function migrationIndexSource(names: string[]): string {
  const imports = names.map((n) => `import { ${n} } from "./${n}";`).join("\n");
  const list = names.map((n) => `{ name: "${n}", class: ${n} }`).join(", ");
  return `import type { MigrationObject } from "@mikro-orm/core";\n${imports}\n\n/**\n * Every migration, in order. Listed statically so the same list runs under tsx, vitest and any\n * bundler (no runtime file globbing). \`npm run migration:create\` adds new ones here; never edit one that has landed.\n */\nexport const MIGRATIONS: MigrationObject[] = [${list}];\n`;
}

const orm = await MikroORM.init(ormOptions(url, REGISTRY.entities));
try {
  await orm.getMigrator().up();
  const result = await orm.getMigrator().createMigration(undefined, false, process.argv.includes("--initial"));
  if (result.fileName) {
    const names = readdirSync(MIGRATIONS_DIR).filter((f) => /^Migration\d+\.ts$/.test(f)).map((f) => f.replace(/\.ts$/, "")).sort();
    writeFileSync(join(MIGRATIONS_DIR, "index.ts"), migrationIndexSource(names));
  }
  console.error(result.fileName ? `wrote migrations/${result.fileName} and listed it in migrations/index.ts` : "no changes");
} finally {
  await orm.close(true);
}
