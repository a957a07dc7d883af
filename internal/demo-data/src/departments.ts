import { ACTIVE_DEPARTMENTS } from './departments-active';
import { HOME_DEPARTMENTS } from './departments-home';
import type { Department } from './kinds';

export type { AttributeSet, Department, Leaf, OptionSet, ProductKind } from './kinds';

/** The departments of the demo catalogue, in category order (products are spread over their leaves in this order). */
export const DEPARTMENTS: Department[] = [...HOME_DEPARTMENTS, ...ACTIVE_DEPARTMENTS];
