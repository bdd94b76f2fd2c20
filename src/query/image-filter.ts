import type { NameContainsMode } from '../glossary';
import type { OrderedImage } from './image-order';
import type { ImageQuery } from './image-query';
import { inTimeWindow } from './time-window';

/** The ListImages filters, combined with AND; time bounds are inclusive ("on or after/before"). */
export function imageMatcher(query: ImageQuery, mode: NameContainsMode): (image: OrderedImage) => boolean {
  const inWindow = inTimeWindow(query);
  const needle = mode === 'case-insensitive' ? query.nameContains?.toLowerCase() : query.nameContains;
  return (image) =>
    inWindow(image) &&
    (needle === undefined || (mode === 'case-insensitive' ? image.name.toLowerCase() : image.name).includes(needle));
}
