const WORD = /[\p{L}\p{N}]+/gu;

/** The distinct lower-case words of a text, for the library's full-text index. */
export function searchWords(text: string): string[] {
  const words = new Set<string>();
  for (const match of text.toLocaleLowerCase('id').matchAll(WORD)) words.add(match[0]);
  return [...words];
}
