import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { unzipSync } from 'fflate';
import type { DatasetFile } from '../renderer/src/model/formats/read-dataset';

// The files named on the command line, as text: a directory stands for the dataset files in it,
// a zip for its entries (a brat export), and an .ann brings the .txt beside it.

const DATASET_EXTENSIONS = new Set(['.jsonl', '.ndjson', '.json', '.jsonld', '.ann', '.txt', '.md']);

export interface Inputs {
  files: DatasetFile[];
  /** Files that could not be read at all, as "path: reason". */
  errors: string[];
}

export async function readInputs(paths: readonly string[]): Promise<Inputs> {
  const inputs: Inputs = { files: [], errors: [] };
  const seen = new Set<string>();
  const add = (name: string, bytes: Uint8Array) => {
    if (seen.has(name)) return;
    seen.add(name);
    const text = decode(bytes);
    if (text === undefined) inputs.errors.push(`${name}: not UTF-8 text`);
    else inputs.files.push({ name, text });
  };
  for (const path of paths) {
    try {
      if ((await stat(path)).isDirectory()) {
        for (const entry of (await readdir(path)).sort()) {
          if (DATASET_EXTENSIONS.has(extname(entry).toLowerCase()))
            add(join(path, entry), await readFile(join(path, entry)));
        }
      } else if (extname(path).toLowerCase() === '.zip') {
        for (const [entry, bytes] of Object.entries(unzipSync(await readFile(path)))) {
          if (!entry.endsWith('/')) add(`${path}/${entry}`, bytes);
        }
      } else {
        add(path, await readFile(path));
        await addCompanionText(path, add);
      }
    } catch (error) {
      inputs.errors.push(`${path}: ${reason(error)}`);
    }
  }
  return inputs;
}

async function addCompanionText(path: string, add: (name: string, bytes: Uint8Array) => void): Promise<void> {
  if (extname(path).toLowerCase() !== '.ann') return;
  const txt = join(dirname(path), `${basename(path, extname(path))}.txt`);
  try {
    add(txt, await readFile(txt));
  } catch {
    // readDataset reports the .ann without its .txt.
  }
}

function reason(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

function decode(bytes: Uint8Array): string | undefined {
  if (bytes.includes(0)) return undefined;
  try {
    // The BOM stays: offsets in a brat .ann may count it, and readDataset knows how to drop it.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
