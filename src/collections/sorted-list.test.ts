import fc from 'fast-check';
import { SortedList, walkSorted } from './sorted-list';

const byNumber = (a: number, b: number) => a - b;

describe('SortedList', () => {
  it('walks in order after any cursor, both ways, after any inserts and deletes, whatever the chunk size', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ insert: fc.boolean(), value: fc.integer({ min: -200, max: 200 }) })),
        fc.option(fc.integer({ min: -210, max: 210 }), { nil: undefined }),
        fc.integer({ min: 1, max: 8 }),
        (ops, cursor, chunk) => {
          const list = new SortedList(byNumber, chunk);
          const model = new Set<number>();
          for (const { insert, value } of ops) {
            if (insert && !model.has(value)) {
              list.insert(value);
              model.add(value);
            } else if (!insert) {
              expect(list.delete(value)).toBe(model.delete(value));
            }
          }
          const sorted = [...model].sort(byNumber);
          expect(list.size).toBe(sorted.length);
          const probe = cursor === undefined ? undefined : (x: number) => x - cursor;
          const after = cursor === undefined ? sorted : sorted.filter((x) => x > cursor);
          const before = cursor === undefined ? [...sorted].reverse() : sorted.filter((x) => x < cursor).reverse();
          expect([...list.walk(probe, false)]).toEqual(after);
          expect([...list.walk(probe, true)]).toEqual(before);
        },
      ),
    );
  });

  it('refuses a second item that compares equal', () => {
    const list = new SortedList(byNumber);
    list.insert(1);
    expect(() => list.insert(1)).toThrow('duplicate key');
  });

  it('stays correct across chunk splits', () => {
    const list = new SortedList(byNumber);
    const values = Array.from({ length: 5000 }, (_, i) => (i * 7919) % 5000);
    for (const v of values) list.insert(v);
    expect([...list.walk(undefined, false)]).toEqual(Array.from({ length: 5000 }, (_, i) => i));
    expect([...list.walk((x) => x - 2500, true)].slice(0, 3)).toEqual([2499, 2498, 2497]);
  });
});

describe('walkSorted', () => {
  it('walks a sorted array after any cursor, both ways, as a filter of the whole array would', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: -50, max: 50 })), fc.option(fc.integer({ min: -55, max: 55 }), { nil: undefined }), fc.boolean(), (values, cursor, descending) => {
        const sorted = [...values].sort(byNumber);
        const probe = cursor === undefined ? undefined : (x: number) => x - cursor;
        const expected = descending
          ? sorted.filter((x) => cursor === undefined || x < cursor).reverse()
          : sorted.filter((x) => cursor === undefined || x > cursor);
        expect([...walkSorted(sorted, probe, descending)]).toEqual(expected);
      }),
    );
  });
});

describe('SortedList.insertMany', () => {
  it('leaves the list as inserting one by one would, for any batch sizes and chunk size', () => {
    fc.assert(
      fc.property(fc.array(fc.uniqueArray(fc.integer({ min: -500, max: 500 }), { maxLength: 150 }), { maxLength: 4 }), fc.integer({ min: 1, max: 8 }), (batches, chunk) => {
        const bulk = new SortedList(byNumber, chunk);
        const single = new SortedList(byNumber, chunk);
        const seen = new Set<number>();
        for (const batch of batches) {
          const fresh = batch.filter((x) => !seen.has(x));
          fresh.forEach((x) => seen.add(x));
          bulk.insertMany(fresh);
          for (const x of fresh) single.insert(x);
        }
        expect([...bulk.walk(undefined, false)]).toEqual([...single.walk(undefined, false)]);
        expect(bulk.size).toBe(seen.size);
        for (const x of seen) expect(bulk.delete(x)).toBe(true);
        expect(bulk.size).toBe(0);
      }),
    );
  });

  it('refuses a batch holding a key twice, or a key already stored', () => {
    const list = new SortedList(byNumber, 4);
    const many = Array.from({ length: 100 }, (_, i) => i);
    expect(() => list.insertMany([...many, 5])).toThrow('SortedList: duplicate key');
    list.insertMany(many);
    expect(() => list.insertMany(Array.from({ length: 100 }, (_, i) => i + 99))).toThrow('SortedList: duplicate key');
  });
});
