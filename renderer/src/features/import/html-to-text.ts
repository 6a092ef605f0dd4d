const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TR',
  'UL',
]);
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'SVG',
  'CANVAS',
  'HEAD',
]);

/**
 * The readable text of an HTML article: one line per block element, blank lines between them.
 * DOMParser builds an inert document, so no script runs and nothing remote is loaded.
 */
export function htmlToText(html: string, parser = new DOMParser()): string {
  const doc = parser.parseFromString(html, 'text/html');
  const paragraphs: string[] = [];
  let line = '';
  const flush = () => {
    const text = line.replace(/[ \t\r\n\f\u00a0]+/g, ' ').trim();
    if (text) paragraphs.push(text);
    line = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      line += node.textContent ?? '';
      return;
    }
    if (!(node instanceof Element) || SKIPPED.has(node.tagName)) return;
    if (node.tagName === 'BR') {
      flush();
      return;
    }
    const block = BLOCKS.has(node.tagName);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk(doc.body);
  flush();
  return paragraphs.join('\n\n');
}
