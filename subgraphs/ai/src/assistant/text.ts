/** Words that carry no meaning for retrieval. */
const STOP = new Set(
  'a an and are as at be but by can could do does for from have how i in is it its me my of on or our please show should that the their them there this to under up us was we what when where which who why will with would you your any some much many tell about give find need want looking look like get'.split(
    ' ',
  ),
);

/** A light English stemmer: enough for plural and simple verb forms to meet their stem. */
export function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 3 && word.endsWith('es') && /(ch|sh|x|s)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** Lower-cased, de-accented word stems without stop words. */
export function tokenize(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1 && !STOP.has(w))
    .map(stem);
}

/** `12345` minor units → `$123.45` (the catalogue is in USD; other codes are written out). */
export function formatMoney(minor: number, currencyCode: string): string {
  const amount = (minor / 100).toFixed(2);
  return currencyCode === 'USD' ? `$${amount}` : `${amount} ${currencyCode}`;
}
