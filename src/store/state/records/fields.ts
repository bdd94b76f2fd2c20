import { copyJson } from '../../../collections/copy-json';
import { shapeOf } from '../../../model/shapes';

// One field table per record (image-record.ts, version-record.ts): the answers (../../views.ts),
// the snapshot (../../snapshot/) and the seed (../../seed.ts) are all read from it, so a member is
// named, shaped and placed once.

/** A record's own view of itself: its read-only fields, writable inside its methods. */
export type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** Where a record's member shows: a list item, a Describe answer, a seed, a snapshot. */
export type Place = 'summary' | 'describe' | 'seed' | 'snapshot';

/**
 * One member of a record: the service's name for it, the record's property that keeps it, the model
 * shape it is checked against, and where it shows. A `Timestamp` member is epoch milliseconds in the
 * record and in a snapshot, and a Date in answers and seeds.
 */
export interface Field<R> {
  readonly member: string;
  readonly key: keyof R & string;
  readonly shape: string;
  /** Always set on the record (a snapshot must carry it). */
  readonly required?: true;
  readonly in: readonly Place[];
}

/** A field ready for the hot loops of the views: no lookups left to make per item. */
export interface PlacedField {
  readonly member: string;
  readonly key: string;
  readonly shape: string;
  readonly required: boolean;
  readonly time: boolean;
  /** A structure, list or map: copied deeply on the way out and in, so nothing the store keeps leaks. */
  readonly nested: boolean;
}

/** The table's fields that show at `place`, in the table's order. */
export function fieldsAt<R>(table: readonly Field<R>[], place: Place): readonly PlacedField[] {
  return table
    .filter((field) => field.in.includes(place))
    .map(({ member, key, shape, required }) => {
      const type = shapeOf(shape).type;
      return { member, key, shape, required: required === true, time: type === 'timestamp', nested: type === 'structure' || type === 'list' || type === 'map' };
    });
}

/** Copies the record's set members onto `out` under the service's names; times as Dates when `dates`. */
export function writeMembers(fields: readonly PlacedField[], record: object, out: Record<string, unknown>, dates: boolean): void {
  const from = record as Record<string, unknown>;
  for (let i = 0; i < fields.length; i += 1) {
    const field = fields[i]!;
    const value = from[field.key];
    if (value !== undefined) out[field.member] = field.nested ? copyJson(value) : dates && field.time ? new Date(value as number) : value;
  }
}

/** The record's properties from members named as the service names them (checked already); Dates become epoch ms. */
export function propertiesOf(fields: readonly PlacedField[], members: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const value = members[field.member];
    out[field.key] = value instanceof Date ? value.getTime() : field.nested && value !== undefined ? copyJson(value) : value;
  }
  return out;
}

/**
 * Whether a walk that began at revision `start` must leave this record out of its later pages: it
 * existed then and its LastModifiedTime has moved since, so under a LAST_MODIFIED_TIME order it may
 * have moved past the cursor and been returned already (behaviour §5: no item twice).
 */
export function movedSince(record: { readonly createdRevision: number; readonly modifiedRevision: number }, start: number): boolean {
  return record.createdRevision <= start && record.modifiedRevision > start;
}
