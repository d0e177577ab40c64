/**
 * `npm run build`'s step after the knowledge snapshot: builds the app once with recording compilers and
 * writes every route's validator and serializer as standalone code (compiled-schemas.ts), so that a start
 * need not compile them. Built with the default configuration (metrics on), so every route is there.
 */
import fs from 'node:fs';
import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { createSchemaCompilers, SCHEMA_CODE_FILE, writeSchemaCode } from './compiled-schemas.ts';

const schemas = createSchemaCompilers({ file: null, record: true });
try {
  const { contentDir } = loadConfig(process.env);
  const app = await buildApp({ config: { contentDir, insights: false, logLevel: 'silent' }, logger: false, schemas });
  await app.close();
} catch (err) {
  fs.rmSync(SCHEMA_CODE_FILE, { force: true });
  console.error(`schemas: the app did not build, no compiled schemas written (${(err as Error).message.split('\n')[0]})`);
  process.exit(0);
}
const recorded = schemas.recorded();
writeSchemaCode(SCHEMA_CODE_FILE, recorded);
console.log(`schemas: ${recorded.validator.size} validators, ${recorded.serializer.size} serializers → ${SCHEMA_CODE_FILE}`);
