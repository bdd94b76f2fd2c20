// A model of the image family far simpler than the store: plain maps, statuses with an end time,
// and sorting by name. It never imports the store's query, pagination or lifecycle code.

export const DURATION = { creating: 1000, updating: 500, deleting: 700 } as const;

type Phase = keyof typeof DURATION;

export interface ModelVersion {
  status: string;
  until?: number;
  next?: string;
}

export interface ModelImage {
  status: string;
  until?: number;
  next?: string;
  description?: string;
  lastVersion: number;
  versions: Map<number, ModelVersion>;
  aliases: Map<string, number>;
  tags: Map<string, string>;
}

export interface Model {
  now: number;
  images: Map<string, ModelImage>;
}

export function newModel(now: number): Model {
  return { now, images: new Map() };
}

/** Puts a resource in a transitional status until now + the phase's duration. */
export function begin(model: Model, target: { status: string; until?: number; next?: string }, status: string, phase: Phase, next: string): void {
  target.status = status;
  target.until = model.now + DURATION[phase];
  target.next = next;
}

/** Finishes whatever the clock has passed ('GONE' removes the resource). */
export function settle(model: Model): void {
  for (const [name, image] of model.images) {
    for (const [n, version] of image.versions) {
      if (version.until !== undefined && version.until <= model.now) {
        if (version.next === 'GONE') {
          image.versions.delete(n);
          for (const [alias, held] of image.aliases) if (held === n) image.aliases.delete(alias);
        } else {
          version.status = version.next!;
          delete version.until;
        }
      }
    }
    if (image.until !== undefined && image.until <= model.now) {
      if (image.next === 'GONE') model.images.delete(name);
      else {
        image.status = image.next!;
        delete image.until;
      }
    }
  }
}

export const isBusy = (status: string) => status === 'CREATING' || status === 'UPDATING' || status === 'DELETING';
