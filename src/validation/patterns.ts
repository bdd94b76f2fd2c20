const cache = new Map<string, RegExp>();

/** The model's pattern matched against the whole string, with Unicode semantics (`\p{L}` needs `u`). */
export function wholeStringPattern(pattern: string): RegExp {
  let regex = cache.get(pattern);
  if (regex === undefined) {
    regex = new RegExp(`^(?:${pattern})$`, 'u');
    cache.set(pattern, regex);
  }
  return regex;
}

/** String length as the model's `min`/`max` count it: Unicode code points (Smithy's length trait). */
export function codePointLength(value: string): number {
  let surrogatePairs = 0;
  for (let i = 0; i < value.length; i += 1) {
    const unit = value.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < value.length) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        surrogatePairs += 1;
        i += 1;
      }
    }
  }
  return value.length - surrogatePairs;
}
