/** The constraint vocabulary of the generated service model (botocore's, reduced to what validation needs). */

export interface StringShapeModel {
  readonly type: 'string';
  readonly min?: number;
  readonly max?: number;
  /** The model's pattern, matched against the whole string. */
  readonly pattern?: string;
  /** The pattern as the service quotes it in a ValidationException. */
  readonly printedPattern?: string;
  readonly enum?: readonly string[];
}

export interface IntegerShapeModel {
  readonly type: 'integer';
  /** A 64-bit integer (the model's `long`); otherwise 32-bit. */
  readonly long?: boolean;
  readonly min?: number;
  readonly max?: number;
}

interface ScalarShapeModel {
  readonly type: 'boolean' | 'timestamp';
}

export interface ListShapeModel {
  readonly type: 'list';
  readonly member: string;
  readonly min?: number;
  readonly max?: number;
}

export interface MapShapeModel {
  readonly type: 'map';
  readonly key: string;
  readonly value: string;
  readonly min?: number;
  readonly max?: number;
}

export interface MemberModel {
  readonly name: string;
  readonly shape: string;
  readonly idempotencyToken?: boolean;
}

export interface StructureShapeModel {
  readonly type: 'structure';
  readonly members: readonly MemberModel[];
  readonly required: readonly string[];
  readonly error?: { readonly httpStatusCode: number };
}

export type ShapeModel =
  | StringShapeModel
  | IntegerShapeModel
  | ScalarShapeModel
  | ListShapeModel
  | MapShapeModel
  | StructureShapeModel;

export interface OperationModel {
  readonly input: string;
  /** The output shape; null for an operation that answers an empty body. */
  readonly output: string | null;
  readonly errors: readonly string[];
}

export interface PaginatorModel {
  readonly inputToken: string;
  readonly outputToken: string;
  readonly limitKey: string;
  readonly resultKey: string;
}
