// Type-checked by scripts/check-pack.js (node16): the Vitest entry's module augmentation.
import { expect } from 'vitest';
import 'sagemaker-image-mock/vitest';

export const checked: Promise<void> = expect(Promise.reject(new Error('x'))).rejects.toThrowServiceError('ResourceNotFound', /x/);
// @ts-expect-error: the code is required
expect(1).toThrowServiceError();
