import { ImageStore } from '../store/image-store';
import { dispatch, IMPLEMENTED_OPERATIONS } from './operation-table';

describe('the operation table', () => {
  it('names the 14 operations of behaviour §1, each a method of the store', () => {
    expect([...IMPLEMENTED_OPERATIONS].sort()).toEqual(
      [
        'AddTags', 'CreateImage', 'CreateImageVersion', 'DeleteImage', 'DeleteImageVersion', 'DeleteTags', 'DescribeImage',
        'DescribeImageVersion', 'ListAliases', 'ListImageVersions', 'ListImages', 'ListTags', 'UpdateImage', 'UpdateImageVersion',
      ].sort(),
    );
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
