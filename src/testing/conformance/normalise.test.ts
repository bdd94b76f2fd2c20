import fc from 'fast-check';
import { normalise } from './normalise';

const run = { prefix: 'cfm-1a2b3c4d-tags', role: 'arn:aws:iam::111122223333:role/recorder', baseImage: '111122223333.dkr.ecr.eu-west-1.amazonaws.com/repo:7', region: 'eu-west-1' };

describe('normalise', () => {
  it('replaces what differs by run, account, region, clock and token, and keeps order and texts', () => {
    const answer = {
      output: {
        Images: [
          { ImageName: 'cfm-1a2b3c4d-tags-b', ImageArn: 'arn:aws:sagemaker:eu-west-1:111122223333:image/cfm-1a2b3c4d-tags-b', CreationTime: new Date(5), RoleArn: run.role },
          { ImageName: 'cfm-1a2b3c4d-tags-a', BaseImage: run.baseImage, ContainerImage: '111122223333.dkr.ecr.eu-west-1.amazonaws.com/repo@sha256:0f0f', Other: '444455556666.dkr.ecr.eu-west-1.amazonaws.com/x:1' },
        ],
        NextToken: 'opaque',
        MaxResults: 5,
        Gone: undefined,
      },
    };
    expect(normalise(answer, run)).toEqual({
      output: {
        Images: [
          { ImageName: '{prefix}-b', ImageArn: 'arn:aws:sagemaker:{region}:{account}:image/{prefix}-b', CreationTime: '{time}', RoleArn: '{role}' },
          { ImageName: '{prefix}-a', BaseImage: '{baseImage}', ContainerImage: '{containerImage}', Other: '{account}.dkr.ecr.{region}.amazonaws.com/x:1' },
        ],
        NextToken: '{token}',
        MaxResults: 5,
      },
    });
    expect(normalise({ error: { code: 'ResourceNotFound', message: 'Image with ARN arn:aws:sagemaker:eu-west-1:111122223333:image/cfm-1a2b3c4d-tags-x does not exist' } }, run)).toEqual({
      error: { code: 'ResourceNotFound', message: 'Image with ARN arn:aws:sagemaker:{region}:{account}:image/{prefix}-x does not exist' },
    });
    // An IAM ARN has no region: none is invented. Another region than the run's stays visible.
    expect(normalise({ output: { R: 'arn:aws:iam::999988887777:role/other' } }, run)).toEqual({ output: { R: 'arn:aws:iam::{account}:role/other' } });
    expect(normalise({ output: { R: 'arn:aws:sagemaker:us-west-2:111122223333:image/x' } }, run)).toEqual({ output: { R: 'arn:aws:sagemaker:us-west-2:{account}:image/x' } });
  });

  it('replaces a domain’s generated ids wherever they show, and the region of its Url', () => {
    const answer = { output: { DomainArn: 'arn:aws:sagemaker:eu-west-1:111122223333:domain/d-s5id23x8o1v1', Url: 'https://d-s5id23x8o1v1.studio.eu-west-1.sagemaker.aws', HomeEfsFileSystemId: 'fs-0123456789abcdef0' } };
    expect(normalise(answer, run)).toEqual({ output: { DomainArn: 'arn:aws:sagemaker:{region}:{account}:domain/{domainId}', Url: 'https://{domainId}.studio.{region}.sagemaker.aws', HomeEfsFileSystemId: '{fileSystemId}' } });
  });

  it('replaces nothing for a value the run does not have (no base image: its version scenarios are skipped)', () => {
    const answer = { output: { ImageArn: 'arn:aws:sagemaker:eu-west-1:111122223333:image/cfm-1a2b3c4d-tags-x', Note: 'plain' } };
    expect(normalise(answer, { ...run, baseImage: '' })).toEqual({ output: { ImageArn: 'arn:aws:sagemaker:{region}:{account}:image/{prefix}-x', Note: 'plain' } });
  });

  it('answers the same for any account, region and run prefix (so recordings from anywhere compare)', () => {
    const region = fc.constantFrom('us-east-1', 'eu-west-1', 'ap-southeast-2', 'us-gov-west-1');
    const account = fc.stringMatching(/^\d{12}$/);
    const prefix = fc.stringMatching(/^cfm-[0-9a-f]{8}$/);
    fc.assert(
      fc.property(fc.tuple(account, region, prefix), fc.tuple(account, region, prefix), ([a1, r1, p1], [a2, r2, p2]) => {
        const answerOf = (a: string, r: string, p: string) => ({
          output: { ImageArn: `arn:aws:sagemaker:${r}:${a}:image/${p}-x`, ImageName: `${p}-x`, Note: `created by arn:aws:iam::${a}:role/z`, At: new Date() },
        });
        const of = (p: string, a: string, r: string) => ({ prefix: p, role: `arn:aws:iam::${a}:role/r`, baseImage: `${a}.dkr.ecr.${r}.amazonaws.com/i:1`, region: r });
        expect(normalise(answerOf(a1, r1, p1), of(p1, a1, r1))).toEqual(normalise(answerOf(a2, r2, p2), of(p2, a2, r2)));
      }),
    );
  });
});
