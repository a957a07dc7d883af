import { writeFileSync } from 'node:fs';
import { composeSupergraph } from './src/compose';
import { API_SCHEMA_PATH, SUPERGRAPH_PATH } from './src/subgraphs';

try {
  const { supergraphSdl, apiSchemaSdl, hints } = composeSupergraph();
  writeFileSync(SUPERGRAPH_PATH, supergraphSdl);
  writeFileSync(API_SCHEMA_PATH, apiSchemaSdl);
  if (hints.length && process.argv.includes('--hints')) for (const h of hints) process.stdout.write(`hint: ${h}\n`);
  process.stdout.write(`Wrote ${SUPERGRAPH_PATH} and ${API_SCHEMA_PATH}\n`);
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
}
