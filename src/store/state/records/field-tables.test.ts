import { shapeOf } from '../../../model/shapes';
import type { StructureShapeModel } from '../../../model/shape-types';
import type { Field, Place } from './fields';
import { IMAGE_FIELDS } from './image-record';
import { VERSION_FIELDS } from './version-record';

// The field tables against the service model: what an answer carries is what the model's output
// shape has, member for member, each under the model's own shape. A member added to the model (or
// a field left out of a table) fails here, not in a user's deepEqual.

function modelMembers(structure: string): Record<string, string> {
  return Object.fromEntries((shapeOf(structure) as StructureShapeModel).members.map((m) => [m.name, m.shape]));
}

function tableMembers(table: readonly Field<object>[], place: Place): Record<string, string> {
  return Object.fromEntries(table.filter((f) => f.in.includes(place)).map((f) => [f.member, f.shape]));
}

const asTable = <R>(table: readonly Field<R>[]) => table as unknown as readonly Field<object>[];

describe('the records’ field tables', () => {
  it.each([
    ['ImageRecord', 'summary', 'Image', asTable(IMAGE_FIELDS)],
    ['ImageRecord', 'describe', 'DescribeImageResponse', asTable(IMAGE_FIELDS)],
    ['VersionRecord', 'summary', 'ImageVersion', asTable(VERSION_FIELDS)],
    ['VersionRecord', 'describe', 'DescribeImageVersionResponse', asTable(VERSION_FIELDS)],
  ] as const)('%s at %s carries exactly the members of %s, each of its shape', (_record, place, structure, table) => {
    expect(tableMembers(table, place)).toEqual(modelMembers(structure));
  });

  it.each([
    ['ImageRecord', asTable(IMAGE_FIELDS)],
    ['VersionRecord', asTable(VERSION_FIELDS)],
  ] as const)('%s: every member it keeps in a snapshot or takes from a seed is one it answers', (_record, table) => {
    for (const field of table) {
      if (field.in.includes('snapshot') || field.in.includes('seed')) expect([field.member, field.in.includes('describe')]).toEqual([field.member, true]);
    }
  });

  it.each([
    ['ImageRecord', asTable(IMAGE_FIELDS)],
    ['VersionRecord', asTable(VERSION_FIELDS)],
  ] as const)('%s names each member and each property once', (_record, table) => {
    const members = table.map((f) => f.member);
    const keys = table.map((f) => f.key);
    expect(members).toEqual([...new Set(members)]);
    expect(keys).toEqual([...new Set(keys)]);
  });
});
