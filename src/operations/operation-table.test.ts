import { ImageStore } from '../store/image-store';
import { dispatch, IMPLEMENTED_OPERATIONS } from './operation-table';

describe('the operation table', () => {
  it('is every operation of the service model the repository keeps, each a method of the store', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const model = require('../../model/sagemaker-studio-images-api.json') as { operations: Record<string, unknown> };
    expect([...IMPLEMENTED_OPERATIONS].sort()).toEqual(Object.keys(model.operations).sort());
    const store = new ImageStore();
    for (const op of IMPLEMENTED_OPERATIONS) expect(typeof store[(op.charAt(0).toLowerCase() + op.slice(1)) as 'listImages']).toBe('function');
  });

  it('dispatch calls the store method with the input and the context', () => {
    const store = new ImageStore();
    store.seed({ ImageName: 'a', region: 'eu-west-1' });
    expect(dispatch(store, 'ListImages', {}, { region: 'eu-west-1' }).Images?.map((i) => i.ImageName)).toEqual(['a']);
    expect(dispatch(store, 'ListImages', {}).Images).toEqual([]);
  });
});
