/**
 * A linear scan of the raw document before graphql-js parses it. The parser recurses once per
 * nested `{`, `[` or `(`, so a 10,000-deep document would exhaust the stack before any limit on
 * the AST could look at it; and counting tokens here refuses a 256 KB document without building
 * any of it. Strings, block strings and comments are skipped (a string is one token).
 */
export interface SourceShape {
  /** Deepest bracket nesting seen (the scan stops early past `stopAbove.nesting`). */
  nesting: number;
  /** Lexical tokens, as graphql-js counts them (punctuators, names, numbers, strings). */
  tokens: number;
}

const PUNCTUATOR = new Set('!$&()[]{}:=@|'.split('').map((c) => c.charCodeAt(0)));
const OPEN = new Set([0x7b, 0x5b, 0x28]);
const CLOSE = new Set([0x7d, 0x5d, 0x29]);
const isWordChar = (c: number) =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x2d || c === 0x2b || c === 0x2e;

export function scanSource(source: string, stopAbove: { nesting: number; tokens: number }): SourceShape {
  let depth = 0;
  let nesting = 0;
  let tokens = 0;
  const n = source.length;
  for (let i = 0; i < n; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x23 /* # */) {
      while (i < n && source.charCodeAt(i) !== 0x0a && source.charCodeAt(i) !== 0x0d) i++;
      continue;
    }
    if (c === 0x20 || c === 0x2c || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xfeff) continue;
    tokens++;
    if (tokens > stopAbove.tokens) break;
    if (c === 0x22 /* " */) i = skipString(source, i);
    else if (OPEN.has(c)) {
      if (++depth > nesting) nesting = depth;
      if (nesting > stopAbove.nesting) break;
    } else if (CLOSE.has(c)) depth = Math.max(0, depth - 1);
    else if (c === 0x2e && source.startsWith('...', i)) i += 2;
    else if (!PUNCTUATOR.has(c)) while (i + 1 < n && isWordChar(source.charCodeAt(i + 1))) i++;
  }
  return { nesting, tokens };
}

/** The index of the last character of the string starting at `start`. */
function skipString(source: string, start: number): number {
  const n = source.length;
  if (source.startsWith('"""', start)) {
    let i = start + 3;
    for (;;) {
      const at = source.indexOf('"""', i);
      if (at < 0) return n;
      if (source.charCodeAt(at - 1) !== 0x5c) return at + 2;
      i = at + 3;
    }
  }
  let i = start + 1;
  while (i < n) {
    const d = source.charCodeAt(i);
    if (d === 0x5c /* \ */) i++;
    else if (d === 0x22 || d === 0x0a || d === 0x0d) return i;
    i++;
  }
  return n;
}
