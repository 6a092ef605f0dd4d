import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import { db } from './db/database';
import { preloadDocument } from './db/document-feed';
import { existingDocumentIds, libraryEntries } from './db/documents';
import { redo, undo } from './db/history';
import { importDataset } from './db/import-dataset';
import { getAnnotator, setAnnotator } from './db/settings';
import { AnnotatePage } from './features/annotate/AnnotatePage';
import { type ExportChoice, ExportDialog } from './features/export/ExportDialog';
import { exportDataset } from './features/export/export-dataset';
import { GuidelineDialog } from './features/help/GuidelineDialog';
import { type ImportPlan, ImportPreview } from './features/import/ImportPreview';
import { importArticleFiles } from './features/import/import-articles';
import { describeImport } from './features/import/import-notice';
import { parseDatasets } from './features/import/parse-datasets';
import { sortFiles } from './features/import/prepare-files';
import { Library } from './features/library/Library';
import { AgreementPanel } from './features/review/AgreementPanel';
import { ReviewPage } from './features/review/ReviewPage';
import { AnnotatorDialog } from './features/shell/AnnotatorDialog';
import { type Notice, Notices } from './features/shell/Notices';
import type { DatasetDocument } from './model/dataset';
import { REVIEWED } from './model/review';
import { bridge, hasNativeMenu } from './platform/bridge';
import { readFiles } from './platform/browser-bridge';
import type { MenuCommand, PickedFile } from './platform/contract';
import { saveChunks } from './platform/save-text';

let nextNoticeId = 1;
const SHOW_LOADING_MS = 150;

function docIdFromHash(): string | null {
  const match = /^#doc=(.+)$/.exec(window.location.hash);
  return match ? decodeURIComponent(match[1] as string) : null;
}

export function App() {
  const entries = useLiveQuery(() => libraryEntries(db));
  const annotator = useLiveQuery(async () => ({ name: await getAnnotator(db) }));
  const [openId, setOpenId] = useState<string | null>(docIdFromHash);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [editingName, setEditingName] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [findRequest, setFindRequest] = useState(0);
  const [guideOpen, setGuideOpen] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [mode, setMode] = useState<'annotate' | 'review' | 'agreement'>('annotate');
  const [plan, setPlan] = useState<(ImportPlan & { articleFiles: PickedFile[] }) | null>(null);

  const notify = useCallback((notice: Omit<Notice, 'id'>) => {
    const id = nextNoticeId++;
    setNotices((current) => [...current.slice(-3), { ...notice, id }]);
    // Reports go away by themselves; errors stay until dismissed.
    if (notice.kind === 'info') {
      setTimeout(() => setNotices((current) => current.filter((n) => n.id !== id)), 8000);
    }
  }, []);
  const notifyError = useCallback(
    (message: string) => notify({ kind: 'error', title: message, lines: [] }),
    [notify],
  );

  // The chosen article (`openId`) is what every command acts on from the moment it is chosen. Its page is
  // mounted (`shownId`) once the article has been read, so that it opens in one render with its spans;
  // until then the reader pane waits empty, and an article that takes longer than SHOW_LOADING_MS is
  // shown loading. Review and agreement read on their own and are shown at once.
  const [shownId, setShownId] = useState(openId);
  const [findAtOpen, setFindAtOpen] = useState(findRequest);
  const latest = useRef({ mode, findRequest });
  latest.current = { mode, findRequest };
  const chosen = useRef(openId);
  const show = useCallback((id: string | null) => {
    chosen.current = id;
    setOpenId(id);
    setFindAtOpen(latest.current.findRequest);
    if (id === null || latest.current.mode !== 'annotate') {
      setShownId(id);
      return;
    }
    const reveal = () => setShownId((shown) => (chosen.current === id ? id : shown));
    void preloadDocument(db, id).then(reveal);
    setTimeout(reveal, SHOW_LOADING_MS);
  }, []);

  const open = useCallback(
    (id: string | null) => {
      show(id);
      window.history.replaceState(null, '', id ? `#doc=${encodeURIComponent(id)}` : '#');
    },
    [show],
  );

  const importArticles = useCallback(
    async (files: PickedFile[]) => {
      const report = await importArticleFiles(db, files);
      notify(describeImport(report));
      const first = report.added[0];
      if (first && !openId) open(first.id);
    },
    [notify, open, openId],
  );

  const importFiles = useCallback(
    async (files: PickedFile[]) => {
      if (files.length === 0) return;
      const sorted = sortFiles(files);
      setBusy(`Reading ${files.length} file${files.length === 1 ? '' : 's'}…`);
      try {
        if (sorted.datasets.length === 0) {
          await importArticles(sorted.articles);
          return;
        }
        // Annotated datasets are shown before anything is written; the user confirms.
        const { read, failed } = await parseDatasets(sorted.datasets);
        const existing = await existingDocumentIds(
          db,
          read.documents.map((doc) => doc.id),
        );
        setPlan({
          read,
          existing,
          articles: sorted.articles.map((file) => file.name),
          articleFiles: sorted.articles,
          failed,
        });
      } catch (error) {
        notifyError(`Import failed; nothing was changed: ${String(error)}`);
      } finally {
        setBusy(null);
      }
    },
    [importArticles, notifyError],
  );

  const confirmImport = useCallback(
    async (documents: DatasetDocument[]) => {
      const articles = plan?.articleFiles ?? [];
      setPlan(null);
      setBusy('Importing…');
      try {
        const result = await importDataset(db, documents);
        notify({
          kind: 'info',
          title: `Imported ${result.spansAdded} span${result.spansAdded === 1 ? '' : 's'} and ${result.relationsAdded} link${result.relationsAdded === 1 ? '' : 's'} in ${documents.length} document${documents.length === 1 ? '' : 's'} (${result.documentsAdded} new).`,
          lines: result.spansSkipped ? [`${result.spansSkipped} span(s) were already in the workbench.`] : [],
        });
        if (articles.length) await importArticles(articles);
      } catch (error) {
        notifyError(`Import failed; nothing was changed: ${String(error)}`);
      } finally {
        setBusy(null);
      }
    },
    [importArticles, notify, notifyError, plan],
  );

  const runExport = useCallback(
    async (choice: ExportChoice) => {
      setExporting(false);
      setBusy('Exporting…');
      try {
        const saved = await exportDataset(db, bridge, choice, openId);
        if (!saved.ok) notifyError(`Export failed: ${saved.error}`);
        else if (saved.value)
          notify({ kind: 'info', title: `Exported the dataset to ${saved.value}.`, lines: [] });
      } catch (error) {
        notifyError(`Export failed: ${String(error)}`);
      } finally {
        setBusy(null);
      }
    },
    [notify, notifyError, openId],
  );

  const saveFile = useCallback(
    async (name: string, chunks: Iterable<string>) => {
      const saved = await saveChunks(bridge, name, chunks);
      if (!saved.ok) notifyError(`Export failed: ${saved.error}`);
      else if (saved.value) notify({ kind: 'info', title: `Saved ${saved.value}.`, lines: [] });
    },
    [notify, notifyError],
  );

  const runCommand = useCallback(
    async (command: MenuCommand) => {
      if (command === 'import') {
        const picked = await bridge.openFiles('articles');
        if (!picked.ok) return notifyError(`Could not open the files: ${picked.error}`);
        await importFiles(picked.value);
      } else if (command === 'undo' || command === 'redo') {
        // In a text field the menu's Undo is the field's own.
        if (isTextField(document.activeElement)) {
          document.execCommand(command);
          return;
        }
        if (!openId) return;
        const done = await (command === 'undo' ? undo(db, openId) : redo(db, openId)).catch(
          (error: unknown) => {
            notifyError(`Could not ${command}: ${String(error)}`);
            return null;
          },
        );
        if (done)
          notify({ kind: 'info', title: `${command === 'undo' ? 'Undone' : 'Redone'}: ${done}`, lines: [] });
      } else if (command === 'find') {
        setFindRequest((n) => n + 1);
      } else if (command === 'help') {
        setGuideOpen(true);
      } else if (command === 'export') {
        setExporting(true);
      }
    },
    [importFiles, notify, notifyError, openId],
  );

  useEffect(() => bridge.onMenuCommand((command) => void runCommand(command)), [runCommand]);

  useEffect(() => {
    // In the browser the app's own shortcuts stand in for the native menu's accelerators; in
    // Electron the menu has them all but "?".
    const onKey = (event: KeyboardEvent) => {
      if (hasNativeMenu && event.key !== '?') return;
      const command = browserShortcut(event);
      if (command) {
        event.preventDefault();
        void runCommand(command);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [runCommand]);

  useEffect(() => {
    // The whole window takes dropped files, in the capture phase so the reader never sees them.
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const onDragOver = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(true);
    };
    const onDragLeave = (event: DragEvent) => {
      if (!event.relatedTarget) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      const files = Array.from(event.dataTransfer?.files ?? []);
      if (files.length === 0) return;
      event.preventDefault();
      event.stopPropagation();
      setDragging(false);
      void readFiles(files).then((read) => {
        if (read.ok) return importFiles(read.value);
      });
    };
    window.addEventListener('dragover', onDragOver, true);
    window.addEventListener('dragleave', onDragLeave, true);
    window.addEventListener('drop', onDrop, true);
    return () => {
      window.removeEventListener('dragover', onDragOver, true);
      window.removeEventListener('dragleave', onDragLeave, true);
      window.removeEventListener('drop', onDrop, true);
    };
  }, [importFiles]);

  useEffect(() => {
    const onHash = () => show(docIdFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [show]);

  const ready = entries !== undefined && annotator !== undefined;
  const openExists = openId !== null && entries?.some((entry) => entry.id === openId);

  return (
    <div className="app" data-ready={ready ? 'true' : 'false'}>
      <header className="app-bar">
        <div className="brand">
          <span className="logo" aria-hidden="true">
            ▍
          </span>
          Tandai
        </div>
        {!hasNativeMenu && (
          <nav className="menu-bar" aria-label="File">
            <button type="button" onClick={() => void runCommand('import')} title="Import articles (Ctrl+O)">
              Import… <kbd>Ctrl+O</kbd>
            </button>
            <button type="button" onClick={() => void runCommand('export')} title="Export dataset (Ctrl+E)">
              Export dataset… <kbd>Ctrl+E</kbd>
            </button>
            <button
              type="button"
              onClick={() => void runCommand('help')}
              title="Tagging guide and shortcuts (F1)"
            >
              Guide <kbd>F1</kbd>
            </button>
          </nav>
        )}
        <nav className="mode-tabs" aria-label="Mode">
          {(['annotate', 'review', 'agreement'] as const).map((name) => (
            <button
              key={name}
              type="button"
              className="tab"
              aria-pressed={mode === name}
              onClick={() => setMode(name)}
            >
              {name === 'annotate' ? 'Annotate' : name === 'review' ? 'Review' : 'Agreement'}
            </button>
          ))}
        </nav>
        <div className="app-bar-end">
          {busy && (
            <span className="busy" role="status">
              <progress aria-label={busy} />
              {busy}
            </span>
          )}
          {annotator?.name && (
            <button
              type="button"
              className="ghost annotator"
              onClick={() => setEditingName(true)}
              title="Change annotator name"
            >
              Annotator: <strong>{annotator.name}</strong>
            </button>
          )}
        </div>
      </header>
      <div className="workspace">
        <Library entries={entries} openId={openId} onOpen={open} onImport={() => void runCommand('import')} />
        {mode === 'agreement' ? (
          <AgreementPanel
            docId={openExists ? openId : null}
            titles={new Map((entries ?? []).map((entry) => [entry.id, entry.meta.title]))}
            onExportCsv={(csv) => void saveFile('tandai-agreement.csv', [csv])}
          />
        ) : openExists && mode === 'review' ? (
          <ReviewPage
            key={openId}
            docId={openId}
            reviewer={annotator?.name ?? REVIEWED}
            onError={notifyError}
            onSave={(name, chunks) => void saveFile(name, chunks)}
          />
        ) : openExists && shownId !== openId ? (
          <main className="reader-pane" aria-busy="true" />
        ) : openExists ? (
          <AnnotatePage
            key={openId}
            docId={openId}
            findAtOpen={findAtOpen}
            annotator={annotator?.name}
            findRequest={findRequest}
            onUndo={() => void runCommand('undo')}
            onRedo={() => void runCommand('redo')}
            onError={notifyError}
          />
        ) : (
          <main className="reader-pane placeholder">
            <p className="muted">{entries?.length ? 'Choose an article from the library.' : ''}</p>
          </main>
        )}
      </div>
      <Notices
        notices={notices}
        onDismiss={(id) => setNotices((current) => current.filter((n) => n.id !== id))}
      />
      {plan && (
        <ImportPreview
          plan={plan}
          onConfirm={(documents) => void confirmImport(documents)}
          onCancel={() => {
            setPlan(null);
            notify({ kind: 'info', title: 'Import cancelled; nothing was changed.', lines: [] });
          }}
        />
      )}
      {exporting && (
        <ExportDialog
          openTitle={entries?.find((entry) => entry.id === openId)?.meta.title ?? null}
          onExport={(choice) => void runExport(choice)}
          onCancel={() => setExporting(false)}
        />
      )}
      {guideOpen && <GuidelineDialog onClose={() => setGuideOpen(false)} />}
      {dragging && <div className="drop-overlay">Drop articles to import them</div>}
      {annotator && (!annotator.name || editingName) && (
        <AnnotatorDialog
          initial={annotator.name ?? ''}
          onSave={async (name) => {
            await setAnnotator(db, name);
            setEditingName(false);
          }}
          onCancel={annotator.name ? () => setEditingName(false) : undefined}
        />
      )}
    </div>
  );
}

function isTextField(element: Element | null): boolean {
  return (
    element instanceof HTMLTextAreaElement ||
    (element instanceof HTMLInputElement && element.type !== 'checkbox')
  );
}

/** The browser's stand-ins for the native menu's accelerators; text fields keep their own keys. */
function browserShortcut(event: KeyboardEvent): MenuCommand | null {
  if (event.key === 'F1') return 'help';
  if (event.key === '?' && !isTextField(document.activeElement)) return 'help';
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'o') return 'import';
  if (key === 'e') return 'export';
  if (key === 'f') return 'find';
  if (isTextField(document.activeElement)) return null;
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y') return 'redo';
  return null;
}
