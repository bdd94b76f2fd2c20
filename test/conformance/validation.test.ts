import { DescribeImageCommand, ListImagesCommand } from '@aws-sdk/client-sagemaker';
import type { ListImagesCommandInput } from '@aws-sdk/client-sagemaker';
import { expectServiceError } from 'sagemaker-image-mock';
import { DOORS, useDoor } from '../support/doors';
import { oneViolation, rejectionOf } from '../support/errors';

const IMAGE_NAME_PATTERN = '^[a-zA-Z0-9]([-.]?[a-zA-Z0-9]){0,62}$';
const NAME_CONTAINS_PATTERN = '^[a-zA-Z0-9\\-.]+$';

describe.each(DOORS)('behaviour §4 validation, $name', (factory) => {
  const ctx = useDoor(factory);
  const list = (input: ListImagesCommandInput) => ctx.door.client().send(new ListImagesCommand(input));
  const describeImage = (input: object) => ctx.door.client().send(new DescribeImageCommand(input as never));

  it('a missing required member is "Value null ... must not be null"', async () => {
    await expectServiceError(
      describeImage({}),
      'ValidationException',
      oneViolation("Value null at 'imageName' failed to satisfy constraint: Member must not be null"),
    );
  });

  it('a too-long string breaks the length and, here, the pattern, length first', async () => {
    const name = 'a'.repeat(64);
    await expectServiceError(
      describeImage({ ImageName: name }),
      'ValidationException',
      `2 validation errors detected: Value '${name}' at 'imageName' failed to satisfy constraint: Member must have length less than or equal to 63; ` +
        `Value '${name}' at 'imageName' failed to satisfy constraint: Member must satisfy regular expression pattern: ${IMAGE_NAME_PATTERN}`,
    );
  });

  it('an empty ImageName breaks the minimum length before the pattern', async () => {
    await expectServiceError(
      describeImage({ ImageName: '' }),
      'ValidationException',
      "2 validation errors detected: Value '' at 'imageName' failed to satisfy constraint: Member must have length greater than or equal to 1; " +
        `Value '' at 'imageName' failed to satisfy constraint: Member must satisfy regular expression pattern: ${IMAGE_NAME_PATTERN}`,
    );
  });

  it('the pattern is matched against the whole string and printed anchored', async () => {
    await expectServiceError(
      describeImage({ ImageName: 'ok-but_not' }),
      'ValidationException',
      oneViolation(`Value 'ok-but_not' at 'imageName' failed to satisfy constraint: Member must satisfy regular expression pattern: ${IMAGE_NAME_PATTERN}`),
    );
  });

  it('MaxResults below 1 breaks the minimum value', async () => {
    await expectServiceError(
      list({ MaxResults: 0 }),
      'ValidationException',
      oneViolation("Value '0' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 1"),
    );
  });

  it('MaxResults above 100 breaks the maximum value', async () => {
    await expectServiceError(
      list({ MaxResults: 101 }),
      'ValidationException',
      oneViolation("Value '101' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 100"),
    );
  });

  it('an empty NameContains passes its length (min 0) but not its pattern (+)', async () => {
    await expectServiceError(
      list({ NameContains: '' }),
      'ValidationException',
      oneViolation(`Value '' at 'nameContains' failed to satisfy constraint: Member must satisfy regular expression pattern: ${NAME_CONTAINS_PATTERN}`),
    );
  });

  it('NameContains longer than 63 breaks its length', async () => {
    const needle = 'x'.repeat(64);
    await expectServiceError(
      list({ NameContains: needle }),
      'ValidationException',
      oneViolation(`Value '${needle}' at 'nameContains' failed to satisfy constraint: Member must have length less than or equal to 63`),
    );
  });

  it('an unknown SortBy breaks the enum, printed as the model lists it', async () => {
    await expectServiceError(
      list({ SortBy: 'NAME' as never }),
      'ValidationException',
      oneViolation("Value 'NAME' at 'sortBy' failed to satisfy constraint: Member must satisfy enum value set: [CREATION_TIME, LAST_MODIFIED_TIME, IMAGE_NAME]"),
    );
  });

  it('an unknown SortOrder breaks the enum', async () => {
    await expectServiceError(
      list({ SortOrder: 'ascending' as never }),
      'ValidationException',
      oneViolation("Value 'ascending' at 'sortOrder' failed to satisfy constraint: Member must satisfy enum value set: [ASCENDING, DESCENDING]"),
    );
  });

  it('a NextToken longer than 8192 breaks its length before it is read', async () => {
    const token = 'a'.repeat(8193);
    await expectServiceError(
      list({ NextToken: token }),
      'ValidationException',
      oneViolation(`Value '${token}' at 'nextToken' failed to satisfy constraint: Member must have length less than or equal to 8192`),
    );
  });

  it('several violations are all listed, in the model member order, joined by "; "', async () => {
    await expectServiceError(
      list({ SortOrder: 'UP' as never, SortBy: 'X' as never, NameContains: '!', MaxResults: 0 }),
      'ValidationException',
      '4 validation errors detected: ' +
        [
          "Value '0' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 1",
          `Value '!' at 'nameContains' failed to satisfy constraint: Member must satisfy regular expression pattern: ${NAME_CONTAINS_PATTERN}`,
          "Value 'X' at 'sortBy' failed to satisfy constraint: Member must satisfy enum value set: [CREATION_TIME, LAST_MODIFIED_TIME, IMAGE_NAME]",
          "Value 'UP' at 'sortOrder' failed to satisfy constraint: Member must satisfy enum value set: [ASCENDING, DESCENDING]",
        ].join('; '),
    );
  });

  it.each([
    ['a string for MaxResults', { MaxResults: '5' }, "'maxResults'"],
    ['a non-integer MaxResults', { MaxResults: 2.5 }, "'maxResults'"],
    ['NaN for MaxResults', { MaxResults: Number.NaN }, "'maxResults'"],
    ['a number for NameContains', { NameContains: 42 }, "'nameContains'"],
    ['an invalid Date', { CreationTimeAfter: new Date('not a date') }, "'creationTimeAfter'"],
    ['a string for a timestamp', { LastModifiedTimeBefore: 'yesterday' }, "'lastModifiedTimeBefore'"],
  ])('%s is a SerializationException naming the member', async (_, input, member) => {
    const error = await rejectionOf(list(input as never));
    expect(error.name).toBe('SerializationException');
    expect(error.message).toContain(member);
  });

  it('a number for ImageName is a SerializationException naming the member', async () => {
    const error = await rejectionOf(describeImage({ ImageName: 7 }));
    expect(error.name).toBe('SerializationException');
    expect(error.message).toBe("Cannot deserialize the value at 'imageName': expected a string, got the number 7");
  });

  it('a wrong type is reported before, and instead of, constraint violations', async () => {
    const error = await rejectionOf(list({ MaxResults: '5', SortBy: 'NOPE' } as never));
    expect(error.name).toBe('SerializationException');
  });

  it('a Date given for a string member arrives as the ISO string the SDK sends', async () => {
    await expectServiceError(
      list({ NameContains: new Date(0) as never }),
      'ValidationException',
      oneViolation(
        `Value '1970-01-01T00:00:00.000Z' at 'nameContains' failed to satisfy constraint: Member must satisfy regular expression pattern: ${NAME_CONTAINS_PATTERN}`,
      ),
    );
  });

  it('a NaN number arrives as the string "NaN" the SDK sends', async () => {
    const error = await rejectionOf(list({ MaxResults: Number.NaN }));
    expect([error.name, error.message]).toEqual([
      'SerializationException',
      "Cannot deserialize the value at 'maxResults': expected a 32-bit integer, got a string ('NaN')",
    ]);
  });

  it('unknown members and null members are ignored, as the SDK drops them', async () => {
    const page = await list({ Unknown: 1, NameContains: null, SortBy: undefined } as never);
    expect(page.Images).toEqual([]);
  });
});
