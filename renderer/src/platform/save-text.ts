import type { Result, TandaiBridge } from './contract';

/**
 * Saves text chunk by chunk through the bridge, so a large export never sits in one string.
 * Resolves to where it was saved, or null if the user cancelled.
 */
export async function saveChunks(
  bridge: TandaiBridge,
  suggestedName: string,
  chunks: AsyncIterable<string> | Iterable<string>,
): Promise<Result<string | null>> {
  const begun = await bridge.beginSave(suggestedName);
  if (!begun.ok) return begun;
  const token = begun.value;
  if (!token) return { ok: true, value: null };
  let batch = '';
  for await (const chunk of chunks) {
    batch += chunk;
    if (batch.length >= 1 << 20) {
      const written = await bridge.writeChunk(token, batch);
      if (!written.ok) return written;
      batch = '';
    }
  }
  if (batch) {
    const written = await bridge.writeChunk(token, batch);
    if (!written.ok) return written;
  }
  const ended = await bridge.endSave(token);
  return ended.ok ? { ok: true, value: token.where } : ended;
}
