/**
 * Placeholder product pictures, drawn as SVG from what the catalogue knows: the product's name and
 * brand on a colour of its category, one picture per view. Pure and deterministic, so the same
 * product always gets the same bytes (and ETag).
 */

export interface ProductImageSubject {
  name: string;
  brand: string;
  categoryId: string;
  /** 1-based view number, as in the file name `<product id>-<view>.svg`. */
  view: number;
}

/** A stable hue (0–359) per category: FNV-1a over its id. */
export function categoryHue(categoryId: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < categoryId.length; i++) hash = Math.imul(hash ^ categoryId.charCodeAt(i), 0x01000193) >>> 0;
  return hash % 360;
}

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** Breaks a name into lines of at most `width` characters (a longer word gets a line of its own). */
export function wrapWords(text: string, width: number, maxLines = 3): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= maxLines) return lines;
  return [
    ...lines.slice(0, maxLines - 1),
    `${lines
      .slice(maxLines - 1)
      .join(' ')
      .slice(0, width - 1)}…`,
  ];
}

const SIZE = 800;

export function renderProductImage(subject: ProductImageSubject): string {
  const hue = categoryHue(subject.categoryId);
  // Each view gets its own light and shape, so a gallery does not show the same picture twice.
  const light = 88 - ((subject.view - 1) % 3) * 8;
  const background = `hsl(${hue}, 45%, ${light}%)`;
  const accent = `hsl(${hue}, 55%, 38%)`;
  const radius = 150 + ((subject.view * 47) % 90);
  const lines = wrapWords(subject.name, 18);
  const firstLine = 470 - (lines.length - 1) * 30;
  const title = lines.map((line, i) => `<text x="400" y="${firstLine + i * 60}" font-size="52" font-weight="700">${escapeXml(line)}</text>`).join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}" role="img" aria-label="${escapeXml(`${subject.name}, view ${subject.view}`)}">`,
    `<rect width="${SIZE}" height="${SIZE}" fill="${background}"/>`,
    `<circle cx="400" cy="${subject.view % 2 ? 250 : 270}" r="${radius}" fill="${accent}" fill-opacity="0.18"/>`,
    `<g font-family="Helvetica, Arial, sans-serif" text-anchor="middle" fill="${accent}">`,
    title,
    `<text x="400" y="${firstLine + lines.length * 60 + 20}" font-size="30">${escapeXml(subject.brand)} · view ${subject.view}</text>`,
    `</g></svg>`,
  ].join('');
}
