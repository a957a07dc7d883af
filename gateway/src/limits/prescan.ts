/**
 * A linear scan of the raw document before graphql-js parses it: the parser recurses once per
 * nested `{`, `[` or `(`, so a 10,000-deep document would exhaust the stack before any limit on
 * the AST could look at it. Strings, block strings and comments are skipped so that brackets
 * inside them do not count.
 */
export function maxBracketNesting(source: string, stopAbove = Infinity): number {
  let depth = 0;
  let max = 0;
  const n = source.length;
  for (let i = 0; i < n; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x23 /* # */) {
      while (i < n && source.charCodeAt(i) !== 0x0a && source.charCodeAt(i) !== 0x0d) i++;
    } else if (c === 0x22 /* " */) {
      if (source.startsWith('"""', i)) {
        const end = findBlockStringEnd(source, i + 3);
        i = end < 0 ? n : end + 2;
      } else {
        i++;
        while (i < n) {
          const d = source.charCodeAt(i);
          if (d === 0x5c /* \ */) i++;
          else if (d === 0x22 || d === 0x0a || d === 0x0d) break;
          i++;
        }
      }
    } else if (c === 0x7b || c === 0x5b || c === 0x28 /* { [ ( */) {
      if (++depth > max) {
        max = depth;
        if (max > stopAbove) return max;
      }
    } else if (c === 0x7d || c === 0x5d || c === 0x29 /* } ] ) */) {
      depth = Math.max(0, depth - 1);
    }
  }
  return max;
}

function findBlockStringEnd(source: string, from: number): number {
  let i = from;
  for (;;) {
    const at = source.indexOf('"""', i);
    if (at < 0) return -1;
    if (source.charCodeAt(at - 1) !== 0x5c) return at;
    i = at + 3;
  }
}
