const MAX_TITLE = 160;

/** The first non-empty line, trimmed and cut to a readable length. */
export function titleOf(text: string, fallback: string): string {
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed) return trimmed.length > MAX_TITLE ? `${trimmed.slice(0, MAX_TITLE - 1)}…` : trimmed;
  }
  return fallback;
}
