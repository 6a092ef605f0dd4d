// The reader shows the article as one paragraph per line of text. These pure functions map a
// text offset (UTF-16, into the whole article including its "\n"s) to a ProseMirror position and back.
//
// Paragraph i (0-based) opens at position lineStart[i] + i, so the character at text offset o on
// line i sits at position o + i + 1.

export interface TextLayout {
  /** Text offset at which each line starts. */
  readonly lineStarts: readonly number[];
  readonly length: number;
}

export function textLayout(text: string): TextLayout {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return { lineStarts, length: text.length };
}

/** The line that holds the offset; an offset on a "\n" belongs to the line it ends. */
export function lineOf(layout: TextLayout, offset: number): number {
  const starts = layout.lineStarts;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] as number) <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

export function offsetToPos(layout: TextLayout, offset: number): number {
  if (offset < 0 || offset > layout.length) throw new RangeError(`offset ${offset} is outside the text`);
  return offset + lineOf(layout, offset) + 1;
}

/**
 * The text offset for a position. Positions between paragraphs (before an opening or after a
 * closing token) snap to the nearest line edge, so any selection maps to a valid range.
 */
export function posToOffset(layout: TextLayout, pos: number): number {
  const starts = layout.lineStarts;
  // Find the last line whose content starts at or before pos.
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] as number) + mid + 1 <= pos) low = mid;
    else high = mid - 1;
  }
  const line = low;
  const start = starts[line] as number;
  const end = line + 1 < starts.length ? (starts[line + 1] as number) - 1 : layout.length;
  const offset = pos - line - 1;
  return Math.max(start, Math.min(end, offset));
}

/** The first line start at or after the offset, or the end of the text. */
export function lineStartFrom(layout: TextLayout, offset: number): number {
  if (offset >= layout.length) return layout.length;
  const line = lineOf(layout, Math.max(0, offset));
  if (layout.lineStarts[line] === offset) return offset;
  return layout.lineStarts[line + 1] ?? layout.length;
}

/** The text's whole lines that reach at least `reach` characters: what a reader first holds of a long article. */
export function firstLines(text: string, reach: number): string {
  const end = lineStartFrom(textLayout(text), reach);
  return end === text.length ? text : text.slice(0, end - 1);
}
