import type { Result } from '../platform/contract';

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/**
 * Turns a file's bytes into the immutable text that offsets refer to: strict UTF-8,
 * a leading BOM dropped, CRLF and lone CR turned into LF. Nothing else changes.
 */
export function decodeArticle(bytes: Uint8Array): Result<string> {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  const text = normalizeText(decoded.value);
  if (text.trim() === '') return { ok: false, error: 'the file holds only whitespace' };
  return { ok: true, value: text };
}

/**
 * A file's bytes as text, exactly (BOM and line ends kept, for formats whose offsets count them),
 * or why they are not text: empty, over 50 MB, binary, or not UTF-8.
 */
export function decodeText(bytes: Uint8Array): Result<string> {
  if (bytes.byteLength === 0) return { ok: false, error: 'the file is empty' };
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      error: `the file is ${(bytes.byteLength / 1048576).toFixed(1)} MB; the limit is 50 MB`,
    };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { ok: false, error: `binary data (a NUL byte at byte ${nul}), not text` };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { ok: false, error: `not valid UTF-8 (first bad byte at ${firstInvalidUtf8Byte(bytes)})` };
  }
  return { ok: true, value: text };
}

export function normalizeText(text: string): string {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return withoutBom.replace(/\r\n?/g, '\n');
}

function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  // Bisection on "this prefix holds no invalid sequence": a streaming decode buffers an
  // incomplete final character instead of throwing, so the predicate is monotonic.
  let low = 0;
  let high = bytes.byteLength;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      low = mid;
    } catch {
      high = mid - 1;
    }
  }
  // The decoder may have been holding the start of the broken sequence: report where it began.
  let lead = low - 1;
  while (lead >= 0 && low - lead < 4 && ((bytes[lead] as number) & 0xc0) === 0x80) lead--;
  const first = lead >= 0 ? (bytes[lead] as number) : 0;
  const length = first >= 0xf0 ? 4 : first >= 0xe0 ? 3 : first >= 0xc0 ? 2 : 1;
  return lead >= 0 && lead + length > low ? lead : low;
}
