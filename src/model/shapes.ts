import { noSuchShape } from '../errors/invariant-errors';
import { operations, shapes } from './generated/service-model';
import type { ShapeModel, StructureShapeModel } from './shape-types';

export type OperationName = keyof typeof operations;

export function shapeOf(name: string): ShapeModel {
  const shape = (shapes as Record<string, ShapeModel>)[name];
  if (shape === undefined) throw noSuchShape(name);
  return shape;
}

export function inputShapeOf(operation: OperationName): StructureShapeModel {
  return shapeOf(operations[operation].input) as StructureShapeModel;
}

/** The member's name on the wire as the service prints it in a path: first letter lower-cased. */
export function memberPath(parent: string, memberName: string): string {
  const own = memberName.charAt(0).toLowerCase() + memberName.slice(1);
  return parent === '' ? own : `${parent}.${own}`;
}
