import type { FileKind, PickedFile, Result, SaveToken, TandaiBridge } from './contract';

const ACCEPT: Record<FileKind, string> = {
  articles: '.txt,.md,.html,.htm,.json,.jsonl,.ann,text/plain',
  datasets: '.jsonl,.json,.ann,.txt',
};

/**
 * The bridge for `npm run web` and the tests: a file input to open, a download to save. There is
 * no native menu: the app draws its own menu bar and runs those commands itself.
 */
export function createBrowserBridge(doc: Document = document): TandaiBridge {
  const pending = new Map<number, { name: string; parts: BlobPart[] }>();
  let nextId = 1;

  return {
    shell: 'browser',
    openFiles(kind) {
      return new Promise<Result<PickedFile[]>>((resolve) => {
        const input = doc.createElement('input');
        input.type = 'file';
        input.multiple = true;
        input.accept = ACCEPT[kind];
        input.style.display = 'none';
        const finish = (result: Result<PickedFile[]>) => {
          input.remove();
          resolve(result);
        };
        input.addEventListener('cancel', () => finish({ ok: true, value: [] }));
        input.addEventListener('change', () => {
          readFiles(Array.from(input.files ?? [])).then(finish, (error: unknown) =>
            finish({ ok: false, error: String(error) }),
          );
        });
        doc.body.append(input);
        input.click();
      });
    },
    async beginSave(suggestedName) {
      const id = nextId++;
      pending.set(id, { name: suggestedName, parts: [] });
      return { ok: true, value: { id, where: suggestedName } };
    },
    async writeChunk(token, chunk) {
      const target = pending.get(token.id);
      if (!target) return unknownToken(token);
      target.parts.push(typeof chunk === 'string' ? chunk : new Uint8Array(chunk));
      return { ok: true, value: null };
    },
    async endSave(token) {
      const target = pending.get(token.id);
      if (!target) return unknownToken(token);
      pending.delete(token.id);
      const url = URL.createObjectURL(new Blob(target.parts));
      const link = doc.createElement('a');
      link.href = url;
      link.download = target.name;
      doc.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return { ok: true, value: null };
    },
    onMenuCommand() {
      return () => {};
    },
  };
}

export async function readFiles(files: readonly File[]): Promise<Result<PickedFile[]>> {
  const picked = await Promise.all(
    files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
  );
  return { ok: true, value: picked };
}

function unknownToken(token: SaveToken): Result<null> {
  return { ok: false, error: `No save in progress for ${token.where}` };
}
