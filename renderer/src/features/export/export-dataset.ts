import type { TandaiDatabase } from '../../db/database';
import { annotatorsInWorkbench, datasetDocuments } from '../../db/dataset-documents';
import { WRITE_EXTENSIONS, writeDataset } from '../../model/formats/write-dataset';
import type { Result, TandaiBridge } from '../../platform/contract';
import { saveChunks } from '../../platform/save-text';
import type { ExportChoice } from './ExportDialog';

/**
 * Writes the chosen dataset through the bridge, chunk by chunk, as one file or one per annotator;
 * resolves to where (the last file), or null if cancelled.
 */
export async function exportDataset(
  db: TandaiDatabase,
  bridge: TandaiBridge,
  choice: ExportChoice,
  openId: string | null,
  now = new Date(),
): Promise<Result<string | null>> {
  if (!choice.perAnnotator) return exportOne(db, bridge, choice, openId, choice.annotators, '', now);
  let saved: Result<string | null> = { ok: true, value: null };
  for (const name of choice.annotators ?? (await annotatorsInWorkbench(db))) {
    saved = await exportOne(
      db,
      bridge,
      choice,
      openId,
      [name],
      `-${name.replace(/[^\p{L}\p{N}_-]+/gu, '_')}`,
      now,
    );
    if (!saved.ok || saved.value === null) return saved;
  }
  return saved;
}

async function exportOne(
  db: TandaiDatabase,
  bridge: TandaiBridge,
  choice: ExportChoice,
  openId: string | null,
  annotators: readonly string[] | undefined,
  suffix: string,
  now: Date,
): Promise<Result<string | null>> {
  const docs = await datasetDocuments(db, {
    docIds: choice.openOnly && openId ? [openId] : undefined,
    annotators,
    statuses: choice.statuses,
  });
  const name = `tandai-${choice.format}${suffix}-${now.toISOString().slice(0, 10)}${WRITE_EXTENSIONS[choice.format]}`;
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
