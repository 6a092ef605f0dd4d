import type { Label } from './types';

/** Keys that tag a selection or relabel the selected span: 1/2/3 and the labels' initials. */
const KEY_TO_LABEL: Record<string, Label> = {
  '1': 'CLAIM',
  '2': 'SOURCE',
  '3': 'QUANTITY',
  c: 'CLAIM',
  s: 'SOURCE',
  q: 'QUANTITY',
};

export function labelForKey(key: string): Label | undefined {
  return KEY_TO_LABEL[key.toLowerCase()];
}

export const LABEL_SHORTCUTS: Record<Label, string> = { CLAIM: '1 / C', SOURCE: '2 / S', QUANTITY: '3 / Q' };
