import { didYouMean } from './did-you-mean';

const OPTIONS = ['port', 'host', 'seed', 'state', 'account-id', 'region', 'quiet', 'no-exit-with-parent', 'help'];

describe('didYouMean: the known name a mistyped command or option most likely meant (behaviour §17)', () => {
  it.each([
    ['prot', 'port'], // two neighbours swapped: one edit
    ['quite', 'quiet'],
    ['sed', 'seed'], // a letter missing
    ['statee', 'state'], // a letter too many
    ['regoin', 'region'],
    ['Port', 'port'], // case aside
    ['account', 'account-id'], // the only name it begins
    ['p', 'port'],
    ['no-exit', 'no-exit-with-parent'],
  ])('%s -> %s', (typed, meant) => {
    expect(didYouMean(typed, OPTIONS)).toBe(meant);
  });

  it.each(['verbose', 'x', 's', 'timeout', ''])('nothing close to %j: no suggestion', (typed) => {
    expect(didYouMean(typed, OPTIONS)).toBeUndefined();
  });

  it('suggests commands the same way', () => {
    expect(didYouMean('serv', ['serve'])).toBe('serve');
    expect(didYouMean('sreve', ['serve'])).toBe('serve');
    expect(didYouMean('launch', ['serve'])).toBeUndefined();
  });
});

test('the same word with another ending', () => {
  expect(didYouMean('create', ['creating', 'updating', 'deleting'])).toBe('creating');
  expect(didYouMean('delete', ['creating', 'updating', 'deleting'])).toBe('deleting');
});
