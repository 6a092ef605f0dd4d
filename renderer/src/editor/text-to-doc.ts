import type { JSONContent } from '@tiptap/core';

/** The article as TipTap content: one paragraph per line, so text offsets map to positions by line. */
export function textToDoc(text: string): JSONContent {
  return {
    type: 'doc',
    content: text
      .split('\n')
      .map((line) =>
        line ? { type: 'paragraph', content: [{ type: 'text', text: line }] } : { type: 'paragraph' },
      ),
  };
}
