import type { Label } from '../model/types';

export interface LabelStyle {
  name: string;
  /** Solid colour: underline bars, chips. */
  color: string;
  /** Light tint: background of tagged text. */
  tint: string;
  /** Stronger tint: the selected span. */
  strong: string;
}

export const LABEL_STYLES: Record<Label, LabelStyle> = {
  CLAIM: {
    name: 'Claim',
    color: '#c2410c',
    tint: 'rgba(249, 115, 22, 0.16)',
    strong: 'rgba(249, 115, 22, 0.42)',
  },
  SOURCE: {
    name: 'Source',
    color: '#1d4ed8',
    tint: 'rgba(59, 130, 246, 0.16)',
    strong: 'rgba(59, 130, 246, 0.42)',
  },
  QUANTITY: {
    name: 'Quantity',
    color: '#047857',
    tint: 'rgba(16, 185, 129, 0.18)',
    strong: 'rgba(16, 185, 129, 0.45)',
  },
};

const BAR = 3;

/**
 * The inline style of a stretch of text: the innermost label's tint behind it and one coloured bar
 * per covering span under it, outermost lowest, so nesting reads from the bottom up.
 */
export function segmentStyle(labels: readonly Label[], selectedDepth: number): string {
  const innermost = labels[labels.length - 1] as Label;
  const background =
    selectedDepth >= 0 ? LABEL_STYLES[labels[selectedDepth] as Label].strong : LABEL_STYLES[innermost].tint;
  const bars = labels.map((label, depth) => `inset 0 -${(depth + 1) * BAR}px 0 ${LABEL_STYLES[label].color}`);
  return `background-color:${background};box-shadow:${bars.join(',')};padding-bottom:${(labels.length - 1) * BAR}px`;
}
