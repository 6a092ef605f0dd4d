import { countedNoun, readQuantities } from './find-quantities';
import type { QuantityAttrs } from './quantity-attrs';

/**
 * The attributes of a span the analyst tagged as QUANTITY, read from the span's own text, to prefill the
 * attribute form. `following` is the text right after the span and serves only to find the counted noun.
 * The analyst has the last word, so a span that only looks like a date or a year is still read.
 */
export function parseQuantity(spanText: string, following = ''): QuantityAttrs | null {
  const [match] = readQuantities(spanText).concat(readQuantities(spanText, true));
  if (!match) return null;
  const counted = countedNoun(spanText.slice(match.end) + following);
  return counted === undefined ? match.attrs : { ...match.attrs, counted };
}
