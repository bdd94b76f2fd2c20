import type { ImageSeed } from 'sagemaker-image-mock';

/** A Date at an ISO instant, or at `minutes` past 2024-01-01T00:00:00Z. */
export function at(minutes: number): Date {
  return new Date(Date.UTC(2024, 0, 1) + minutes * 60_000);
}

/** A seed created (and last modified, unless given) `minutes` past 2024-01-01T00:00:00Z. */
export function image(name: string, minutes: number, extra: Partial<ImageSeed> = {}): ImageSeed {
  return { ImageName: name, CreationTime: at(minutes), ...extra };
}

export function names(images: readonly { ImageName?: string }[] | undefined): (string | undefined)[] {
  return (images ?? []).map((i) => i.ImageName);
}
