import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { duplicateKeyField, type DocumentCollection, type DocumentDatabase } from '../src/db/document-collection';
import { documentTargets } from './helpers/document-targets';

interface Thing {
  _id: string;
  code: string;
  group: string;
  rank: number;
  tags: { tag: string }[];
  n?: number;
}

const thing = (id: string, rank: number, group = 'a'): Thing => ({ _id: id, code: `C-${id}`, group, rank, tags: [{ tag: `t-${id}` }] });

const duplicateOf = async (write: Promise<unknown>) => {
  try {
    await write;
  } catch (error) {
    return duplicateKeyField(error);
  }
  return 'no error';
};

/** The DocumentCollection contract: every implementation must pass it. */
for (const target of documentTargets()) {
  describe.skipIf(target.skip)(`DocumentCollection contract — ${target.name}`, () => {
    let db: DocumentDatabase;
    let drop: () => Promise<void>;
    let things: DocumentCollection<Thing>;

    beforeAll(async () => {
      ({ db, drop } = await target.open());
      things = db.collection<Thing>('things');
      await things.createIndex({ code: 1 }, { unique: true });
      await things.createIndex({ 'tags.tag': 1 }, { unique: true });
      await things.createIndex({ rank: 1 });
      await things.insertMany([thing('b', 2), thing('a', 2), thing('c', 1, 'b'), thing('d', 3, 'b')]);
    });
    afterAll(async () => {
      await db?.close();
      await drop?.();
    });

    it('finds with filter documents, sort and limit', async () => {
      expect((await things.find({ group: 'b' }, { sort: { rank: -1 } })).map((t) => t._id)).toEqual(['d', 'c']);
      expect((await things.find({}, { sort: { rank: 1, _id: 1 }, limit: 3 })).map((t) => t._id)).toEqual(['c', 'a', 'b']);
      const after = { $or: [{ rank: { $gt: 2 } }, { rank: 2, _id: { $gt: 'a' } }] };
      expect((await things.find(after, { sort: { rank: 1, _id: 1 } })).map((t) => t._id)).toEqual(['b', 'd']);
      expect((await things.find({ 'tags.tag': { $in: ['t-c', 't-x'] } })).map((t) => t._id)).toEqual(['c']);
      expect(await things.count({ rank: { $gte: 2, $lte: 2 } })).toBe(2);
    });

    it('hands out copies: changing a result changes nothing stored', async () => {
      const [a] = await things.find({ _id: 'a' });
      a!.group = 'changed';
      expect((await things.find({ _id: 'a' }))[0]?.group).toBe('a');
    });

    it('refuses duplicates on a unique index, including array fields and _id', async () => {
      expect(await duplicateOf(things.insertMany([{ ...thing('e', 5), code: 'C-a' }]))).toBe('code');
      expect(await duplicateOf(things.insertMany([{ ...thing('e', 5), tags: [{ tag: 't-b' }] }]))).toBe('tags.tag');
      expect(await duplicateOf(things.insertMany([thing('a', 9)]))).toBe('_id');
      expect(await duplicateOf(things.updateOne({ _id: 'a' }, { $set: { code: 'C-b' } }))).toBe('code');
      expect(await things.count({})).toBe(4);
      expect((await things.find({ _id: 'a' }))[0]?.code).toBe('C-a');
    });

    it('updates with $set and $inc, one or many, and returns the updated document', async () => {
      expect(await things.updateOne({ group: 'a' }, { $set: { n: 1 } })).toBe(1);
      expect(await things.updateMany({ group: 'b' }, { $inc: { rank: 10 } })).toBe(2);
      expect((await things.find({ group: 'b' }, { sort: { rank: 1 } })).map((t) => t.rank)).toEqual([11, 13]);
      const updated = await things.findOneAndUpdate({ _id: 'c', rank: 11 }, { $set: { group: 'c' }, $inc: { rank: 1 } });
      expect(updated).toMatchObject({ _id: 'c', group: 'c', rank: 12 });
      expect(await things.findOneAndUpdate({ _id: 'c', rank: 11 }, { $inc: { rank: 1 } })).toBeNull();
      expect(await things.updateOne({ _id: 'missing' }, { $set: { n: 2 } })).toBe(0);
    });

    it('deletes what matches', async () => {
      await things.insertMany([thing('x1', 50), thing('x2', 51)]);
      expect(await things.deleteMany({ rank: { $gte: 50 } })).toBe(2);
      expect(await things.count({ rank: { $gte: 50 } })).toBe(0);
    });

    it('commits a transaction as a whole, or (where supported) nothing of it', async () => {
      await db.transaction(async (scope) => {
        await scope.collection<Thing>('things').insertMany([thing('t1', 60)]);
        await scope.collection<Thing>('others').insertMany([thing('o1', 60)]);
      });
      expect(await things.count({ _id: 't1' })).toBe(1);
      expect(await db.collection<Thing>('others').count({})).toBe(1);
      if (!db.supportsTransactions) return;

      const failed = db.transaction(async (scope) => {
        await scope.collection<Thing>('others').insertMany([thing('o2', 61)]);
        await scope.collection<Thing>('things').updateOne({ _id: 't1' }, { $set: { group: 'tx' } });
        await scope.collection<Thing>('things').insertMany([{ ...thing('t2', 61), code: 'C-a' }]);
      });
      expect(duplicateKeyField(await failed.catch((e: unknown) => e))).toBe('code');
      expect(await db.collection<Thing>('others').count({})).toBe(1);
      expect((await things.find({ _id: 't1' }))[0]?.group).toBe('a');
      expect(await things.count({ _id: 't2' })).toBe(0);
    });

    it('shows a transaction its own writes and others only what it committed', async () => {
      if (!db.supportsTransactions) return;
      const seen = await db.transaction(async (scope) => {
        await scope.collection<Thing>('things').insertMany([thing('t3', 70)]);
        return { inside: await scope.collection<Thing>('things').count({ _id: 't3' }), outside: await things.count({ _id: 't3' }) };
      });
      expect(seen).toEqual({ inside: 1, outside: 0 });
      expect(await things.count({ _id: 't3' })).toBe(1);
    });

    it('answers ping while open', async () => {
      await expect(db.ping()).resolves.toBeUndefined();
    });
  });
}
