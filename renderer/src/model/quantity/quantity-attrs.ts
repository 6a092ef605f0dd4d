// Normalised attributes of a QUANTITY span (GUIDELINES.md, QUANTITY).

export const COMPARATORS = ['=', '~', '>', '>=', '<', '<='] as const;
export type Comparator = (typeof COMPARATORS)[number];

export interface QuantityAttrs {
  /** The stated number; absent for ranges and vague amounts. */
  value?: number;
  /** Inclusive bounds: the ends of a range, a vague interval, or the bound named by '>=' / '<='. */
  lower?: number;
  upper?: number;
  comparator: Comparator;
  /** Normalised unit or classifier: 'mm', 'km', '%', 'orang', 'unit', 'IDR', 'USD', … */
  unit?: string;
  /** The noun being counted ("tentara"), lower-cased; it lies outside the span. */
  counted?: string;
  /** Set for "puluhan ribu" and the like: an interval, never an invented point value. */
  vague?: boolean;
}
