/**
 * What the demo catalogue is made of: departments (root categories) with their brands and name
 * adjectives, leaf categories, and the kinds of product each leaf sells. Every attribute a demo
 * product or variant carries is drawn from its own kind's sets, so headphones never come in wool
 * and sleeping bags never in oak.
 */

/** The variant axis of a kind: one variant per value (a prefix of the list), priced `stepMinor` apart. */
export interface OptionSet {
  name: string;
  values: readonly string[];
  stepMinor: number;
}

/** A product attribute and the values it may take for a kind. */
export interface AttributeSet {
  name: string;
  values: readonly string[];
}

export interface ProductKind {
  noun: string;
  option: OptionSet;
  material: readonly string[];
  /** A second attribute that describes this kind (warranty, fit, volume, ...). */
  detail: AttributeSet;
}

export interface Leaf {
  name: string;
  priceRange: [number, number];
  /** Every kind of a leaf has the same number of option values (the demo stock depends on it). */
  kinds: ProductKind[];
}

export interface Department {
  name: string;
  brands: readonly string[];
  /** Name adjectives that suit everything the department sells ('Classic' first: see the schema's example slug). */
  adjectives: readonly string[];
  children: Leaf[];
}

export const option = (name: string, values: readonly string[], stepMinor = 0): OptionSet => ({ name, values, stepMinor });
export const detail = (name: string, values: readonly string[]): AttributeSet => ({ name, values });
export const kind = (noun: string, opt: OptionSet, material: readonly string[], d: AttributeSet): ProductKind => ({ noun, option: opt, material, detail: d });

export const warranty = detail('Warranty', ['1 year', '2 years', '3 years']);
export const color = (...values: string[]) => option('Color', values);
