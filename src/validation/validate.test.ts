import { ServiceError } from '../errors/service-error';
import { validateInput } from './validate';

function failure(operation: Parameters<typeof validateInput>[0], input: unknown): ServiceError {
  try {
    validateInput(operation, input);
  } catch (error) {
    if (error instanceof ServiceError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

const ROLE = 'arn:aws:iam::123456789012:role/x';

describe('validateInput', () => {
  describe('lists at most 100 violations, with the true count (decision 0031)', () => {
    // UpdateImage with n DeleteProperties 'x': the list is too long (1) and each 'x' fails the pattern (n).
    const deleting = (n: number) => failure('UpdateImage', { ImageName: 'img', DeleteProperties: Array.from({ length: n }, () => 'x') }).message;
    const item = (i: number) => `Value 'x' at 'deleteProperties.${i}.member' failed to satisfy constraint: Member must satisfy regular expression pattern: (^DisplayName$)|(^Description$)`;

    it('100 violations are all listed', () => {
      const message = deleting(99);
      expect(message.startsWith('100 validation errors detected: Value ')).toBe(true);
      expect(message.endsWith(`; ${item(99)}`)).toBe(true);
      expect(message.split('; ')).toHaveLength(100);
    });

    it('101 and more: the first 100, then how many more', () => {
      expect(deleting(100).endsWith(`; ${item(99)}; and 1 more`)).toBe(true);
      expect(deleting(100).startsWith('101 validation errors detected: ')).toBe(true);
      const many = deleting(10_000);
      expect(many.startsWith('10001 validation errors detected: ')).toBe(true);
      expect(many.endsWith(`; ${item(99)}; and 9901 more`)).toBe(true);
      expect(many.length).toBeLessThan(60_000); // the list's own value is quoted once (30 KB), and 100 items (15 KB) are not 10,000 (1.5 MB)
    });
  });

  it('reports a missing required member as Value null', () => {
    expect(failure('DescribeImage', {}).message).toBe(
      "1 validation error detected: Value null at 'imageName' failed to satisfy constraint: Member must not be null",
    );
  });

  it('lists several violations in member order, length before pattern', () => {
    const e = failure('CreateImage', { ImageName: 'x'.repeat(64) + '!', RoleArn: 'nope' });
    expect(e.name).toBe('ValidationException');
    expect(e.message).toBe(
      '4 validation errors detected: ' +
        [
          `Value '${'x'.repeat(64)}!' at 'imageName' failed to satisfy constraint: Member must have length less than or equal to 63`,
          `Value '${'x'.repeat(64)}!' at 'imageName' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[a-zA-Z0-9]([-.]?[a-zA-Z0-9]){0,62}$`,
          "Value 'nope' at 'roleArn' failed to satisfy constraint: Member must have length greater than or equal to 20",
          "Value 'nope' at 'roleArn' failed to satisfy constraint: Member must satisfy regular expression pattern: ^arn:aws[a-z\\-]*:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+$",
        ].join('; '),
    );
  });

  it('uses 1-based member paths inside lists', () => {
    const e = failure('CreateImage', { ImageName: 'a', RoleArn: ROLE, Tags: [{ Key: 'ok', Value: 'v' }, { Key: '', Value: 'v' }] });
    expect(e.message).toBe(
      "1 validation error detected: Value '' at 'tags.2.member.key' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
  });

  it('counts string length in code points', () => {
    expect(() => validateInput('CreateImage', { ImageName: 'a', RoleArn: ROLE, DisplayName: '😀'.repeat(128) })).not.toThrow();
    expect(failure('CreateImage', { ImageName: 'a', RoleArn: ROLE, DisplayName: '😀'.repeat(129) }).message).toContain(
      'Member must have length less than or equal to 128',
    );
  });

  it('prints enum value sets in model order', () => {
    expect(failure('ListImages', { SortBy: 'NAME' }).message).toBe(
      "1 validation error detected: Value 'NAME' at 'sortBy' failed to satisfy constraint: Member must satisfy enum value set: [CREATION_TIME, LAST_MODIFIED_TIME, IMAGE_NAME]",
    );
  });

  it('renders list values Java-style in a list length violation', () => {
    expect(failure('UpdateImage', { ImageName: 'a', DeleteProperties: ['Description', 'DisplayName', 'Description'] }).message).toBe(
      "1 validation error detected: Value '[Description, DisplayName, Description]' at 'deleteProperties' failed to satisfy constraint: Member must have length less than or equal to 2",
    );
  });

  it.each([
    ['a string for an integer', { MaxResults: '5' }, 'maxResults', "a string ('5')"],
    ['a non-integer number', { MaxResults: 2.5 }, 'maxResults', 'the non-integer number 2.5'],
    ['NaN', { MaxResults: Number.NaN }, 'maxResults', 'NaN'],
    ['a number for a string', { NameContains: 5 }, 'nameContains', 'the number 5'],
    ['an invalid Date', { CreationTimeAfter: new Date(Number.NaN) }, 'creationTimeAfter', 'an invalid Date'],
    ['a string for a timestamp', { CreationTimeBefore: '2024-01-01' }, 'creationTimeBefore', "a string ('2024-01-01')"],
  ])('answers %s with a SerializationException naming the member', (_, input, path, got) => {
    const e = failure('ListImages', input);
    expect(e.name).toBe('SerializationException');
    expect(e.message).toContain(`'${path}'`);
    expect(e.message).toContain(`got ${got}`);
  });

  it('drops null, undefined and unknown members and copies timestamps', () => {
    const after = new Date('2024-01-01T00:00:00Z');
    const clean = validateInput<Record<string, unknown>>('ListImages', {
      NameContains: null,
      SortBy: undefined,
      Unknown: 1,
      CreationTimeAfter: after,
      CreationTimeBefore: 1704067200.5,
    });
    expect(clean).toEqual({ CreationTimeAfter: after, CreationTimeBefore: new Date(1704067200500) });
    expect(clean['CreationTimeAfter']).not.toBe(after);
  });
});
