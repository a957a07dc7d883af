import type { DocumentDatabase } from './document-collection';
import { openEmbeddedDatabase } from './embedded-database';
import { openMongoDatabase } from './mongo-database';

/** MongoDB when a URL is given; otherwise the embedded store, on disk under dataDir or in memory. */
export function openDocumentDatabase(options: { mongoUrl?: string; dataDir?: string }): Promise<DocumentDatabase> {
  return options.mongoUrl ? openMongoDatabase({ url: options.mongoUrl }) : openEmbeddedDatabase({ dataDir: options.dataDir });
}
