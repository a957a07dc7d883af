import { visit, type DocumentNode } from 'graphql';

/**
 * Text no store should be handed: a NUL (Postgres refuses it in text columns and the driver
 * error became a 500) or a UTF-16 surrogate without its partner (not encodable as UTF-8).
 */
// eslint-disable-next-line no-control-regex
const MALFORMED = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const isWellFormedText = (text: string) => !MALFORMED.test(text);

/**
 * The first string (key or value) in a parsed JSON value that is not well-formed text, as a
 * path like `variables.input.name`, or null. Iterative, so deeply nested input cannot overflow.
 */
export function findMalformedString(value: unknown, root = ''): string | null {
  const stack: [unknown, string][] = [[value, root]];
  while (stack.length) {
    const [v, path] = stack.pop()!;
    if (typeof v === 'string') {
      if (!isWellFormedText(v)) return path || '(root)';
    } else if (v && typeof v === 'object') {
      for (const [k, child] of Object.entries(v)) {
        // A malformed key is reported by its parent's path: the reply must not echo it.
        if (!isWellFormedText(k)) return `${path || '(root)'} (a key)`;
        const at = path ? `${path}.${k}` : k;
        stack.push([child, at]);
      }
    }
  }
  return null;
}

/** True when a string literal of the document (after GraphQL's own `\u` escapes) is malformed. */
export function hasMalformedLiteral(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    StringValue(node) {
      if (!isWellFormedText(node.value)) found = true;
    },
  });
  return found;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes UTF-8, or null when the bytes are not valid UTF-8 (instead of silently replacing them). */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}
