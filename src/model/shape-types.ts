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
  | StructureShapeModel;

export interface OperationModel {
  readonly input: string;
  readonly output: string;
  readonly errors: readonly string[];
}

export interface PaginatorModel {
  readonly inputToken: string;
  readonly outputToken: string;
  readonly limitKey: string;
  readonly resultKey: string;
}
