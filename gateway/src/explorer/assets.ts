import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** A package's folder, found through its package.json so that pnpm's layout and `exports` maps both hold. */
function packageDir(name: string): string {
  return path.dirname(require.resolve(`${name}/package.json`));
}

interface Asset {
  file: string;
  contentType: string;
}

const js = 'text/javascript; charset=utf-8';
const css = 'text/css; charset=utf-8';

/**
 * Everything the explorer page loads, by the name it has under /explorer/assets/. The files are the
 * npm packages' own browser builds (UMD: React 18 and ReactDOM as globals, GraphiQL with its docs and
 * history plugins and a graphql-ws client bundled, the explorer plugin on top) read from the
 * gateway's node_modules, so the page needs no CDN and no build step of ours.
 */
function assetTable(): Record<string, Asset> {
  const graphiql = packageDir('graphiql');
  const explorer = packageDir('@graphiql/plugin-explorer');
  return {
    'react.js': { file: path.join(packageDir('react'), 'umd/react.production.min.js'), contentType: js },
    'react-dom.js': { file: path.join(packageDir('react-dom'), 'umd/react-dom.production.min.js'), contentType: js },
    'graphiql.js': { file: path.join(graphiql, 'graphiql.min.js'), contentType: js },
    'graphiql.css': { file: path.join(graphiql, 'graphiql.min.css'), contentType: css },
    'plugin-explorer.js': { file: path.join(explorer, 'dist/index.umd.js'), contentType: js },
    'plugin-explorer.css': { file: path.join(explorer, 'dist/style.css'), contentType: css },
    'explorer.js': { file: fileURLToPath(new URL('./explorer-client.js', import.meta.url)), contentType: js },
  };
}

export interface LoadedAsset {
  body: Buffer;
  contentType: string;
}

/** Reads each asset once, on first request; the files are immutable for the life of the process. */
export function createAssetStore(): (name: string) => Promise<LoadedAsset | undefined> {
  const table = assetTable();
  const cache = new Map<string, Promise<LoadedAsset>>();
  return (name) => {
    const asset = Object.hasOwn(table, name) ? table[name] : undefined;
    if (!asset) return Promise.resolve(undefined);
    let loaded = cache.get(name);
    if (!loaded) {
      loaded = readFile(asset.file).then((body) => ({ body, contentType: asset.contentType }));
      cache.set(name, loaded);
      // A failed read is not remembered: the next request tries again.
      loaded.catch(() => cache.delete(name));
    }
    return loaded;
  };
}

export const ASSET_NAMES = Object.keys(assetTable());
