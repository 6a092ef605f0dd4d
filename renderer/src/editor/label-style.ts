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
 * per covering span under it, outermost lowest, so nesting reads from the bottom up. The selected
 * span gets a stronger tint and a bar along its top as well.
 */
export function segmentStyle(labels: readonly Label[], selectedDepth: number): string {
  const innermost = LABEL_STYLES[labels[labels.length - 1] as Label];
  const selected = selectedDepth >= 0 ? LABEL_STYLES[labels[selectedDepth] as Label] : undefined;
  const bars = labels.map((label, depth) => `inset 0 -${(depth + 1) * BAR}px 0 ${LABEL_STYLES[label].color}`);
  if (selected) bars.unshift(`inset 0 2px 0 ${selected.color}`);
  const background = selected ? innermost.strong : innermost.tint;
  return `background-color:${background};box-shadow:${bars.join(',')};padding-bottom:${(labels.length - 1) * BAR}px`;
}
