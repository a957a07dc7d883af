import { describe, expect, it } from 'vitest';
import { documentIdsByName, loadDashboardOperations } from '../src/dashboard/operations';
import { readManifest, sha256 } from '../src/trusted-documents';

describe('the dashboard sends registered documents', () => {
  it('every operation the page sends has an id in the committed trusted-documents manifest', () => {
    const operations = loadDashboardOperations();
    const manifest = readManifest();
    const ids = documentIdsByName(manifest, Object.keys(operations));
    expect(Object.keys(ids).sort()).toEqual(Object.keys(operations).sort());
    for (const [name, id] of Object.entries(ids)) {
      // The id names a manifest document that defines this very operation (so enforce mode runs it).
      expect(manifest.get(id), name).toMatch(new RegExp(`\\b${name}\\b`));
      expect(sha256(manifest.get(id)!)).toBe(id);
    }
  });

  it('finds nothing for an operation the manifest lacks', () => {
    expect(documentIdsByName(new Map([[sha256('query A { __typename }'), 'query A { __typename }']]), ['B'])).toEqual({});
  });
});
