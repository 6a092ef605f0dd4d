import type { TandaiDatabase } from '../../db/database';
import { datasetDocuments } from '../../db/dataset-documents';
import { WRITE_EXTENSIONS, writeDataset } from '../../model/formats/write-dataset';
import type { Result, TandaiBridge } from '../../platform/contract';
import { saveChunks } from '../../platform/save-text';
import type { ExportChoice } from './ExportDialog';

/** Writes the chosen dataset through the bridge, chunk by chunk; resolves to where, or null if cancelled. */
export async function exportDataset(
  db: TandaiDatabase,
  bridge: TandaiBridge,
  choice: ExportChoice,
  openId: string | null,
  now = new Date(),
): Promise<Result<string | null>> {
  const docs = await datasetDocuments(db, {
    docIds: choice.openOnly && openId ? [openId] : undefined,
    annotators: choice.annotators,
    statuses: choice.statuses,
  });
  const name = `tandai-${choice.format}-${now.toISOString().slice(0, 10)}${WRITE_EXTENSIONS[choice.format]}`;
  if (choice.format === 'brat') {
    const begun = await bridge.beginSave(name);
    if (!begun.ok || !begun.value) return begun.ok ? { ok: true, value: null } : begun;
    const written = await bridge.writeChunk(begun.value, writeDataset('brat', docs));
    if (!written.ok) return written;
    const ended = await bridge.endSave(begun.value);
    return ended.ok ? { ok: true, value: begun.value.where } : ended;
  }
  return saveChunks(bridge, name, writeDataset(choice.format, docs));
}
