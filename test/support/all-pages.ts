import { ListImagesCommand } from '@aws-sdk/client-sagemaker';
import type { ListImagesCommandInput, ListImagesCommandOutput, SageMakerClient } from '@aws-sdk/client-sagemaker';

/** Every page of a ListImages query, following NextToken by hand; `between` runs before each next page. */
export async function allPages(
  client: SageMakerClient,
  query: ListImagesCommandInput,
  pageSize: number,
  between: (pageIndex: number) => void = () => undefined,
): Promise<ListImagesCommandOutput[]> {
  const pages: ListImagesCommandOutput[] = [];
  let NextToken: string | undefined;
  do {
    if (pages.length > 0) between(pages.length);
    const page = await client.send(new ListImagesCommand({ ...query, MaxResults: pageSize, ...(NextToken && { NextToken }) }));
    pages.push(page);
    NextToken = page.NextToken;
    if (pages.length > 100_000) throw new Error('the walk does not end');
  } while (NextToken !== undefined);
  return pages;
}
