import { liveQuery } from 'dexie';
import type { Relation, Span, StoredDocument } from '../model/types';
import type { TandaiDatabase } from './database';
import { getDocument } from './documents';
import { historyState } from './history';
import { relationsOfDocument, spansOfDocument } from './spans';

type Next<T> = (value: T) => unknown;
type Fail = (error: unknown) => unknown;

/**
 * A Dexie live query that runs while anyone holds it and keeps its last result. dexie-react-hooks'
 * `useObservable` reads that result during render (`hasValue`/`getValue`), so a page that mounts after
 * the query has answered draws its data in its first render instead of waiting for a query of its own.
 */
export class HeldQuery<T> {
  private value: T | undefined;
  private answered = false;
  private error: unknown = null;
  private readonly observers = new Set<{ next: Next<T>; fail: Fail | undefined }>();
  private holds = 0;
  private subscription: { unsubscribe(): void } | null = null;
  private stopTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly query: () => Promise<T>,
    /** Called once it has stopped: nobody held it for `graceMs`. */
    private readonly onStop: () => void,
    private readonly graceMs = 1000,
  ) {}

  hasValue(): boolean {
    return this.answered;
  }

  getValue(): T {
    return this.value as T;
  }

  /**
   * Resolves once the query has answered (or failed): at once if it has. Asking holds it for that moment,
   * so that its grace period starts again for whoever asked.
   */
  answer(): Promise<void> {
    return new Promise((resolve) => {
      const settle = () => {
        // `subscribe` answers synchronously when it can, before it has returned the subscription.
        queueMicrotask(() => subscription.unsubscribe());
        resolve();
      };
      const subscription = this.subscribe(settle, settle);
    });
  }

  subscribe(next: Next<T>, fail?: Fail): { unsubscribe(): void } {
    const observer = { next, fail };
    this.observers.add(observer);
    const release = this.hold();
    if (this.error !== null) fail?.(this.error);
    else if (this.answered) next(this.value as T);
    return {
      unsubscribe: () => {
        if (this.observers.delete(observer)) release();
      },
    };
  }

  /** Keeps the query running until the returned function is called. */
  hold(): () => void {
    this.holds++;
    clearTimeout(this.stopTimer);
    this.subscription ??= liveQuery(this.query).subscribe({
      next: (value) => {
        this.value = value;
        this.answered = true;
        this.error = null;
        for (const observer of [...this.observers]) observer.next(value);
      },
      error: (error: unknown) => {
        this.error = error;
        for (const observer of [...this.observers]) observer.fail?.(error);
      },
    });
    let released = false;
    return () => {
      if (released) return;
      released = true;
      if (--this.holds === 0) this.stopTimer = setTimeout(() => this.stop(), this.graceMs);
    };
  }

  /** Whether its live query is subscribed. */
  get running(): boolean {
    return this.subscription !== null;
  }

  /** Unsubscribes and forgets the result, which would go stale from here on. */
  private stop(): void {
    if (this.holds > 0) return;
    this.subscription?.unsubscribe();
    this.subscription = null;
    this.value = undefined;
    this.answered = false;
    this.error = null;
    this.onStop();
  }
}

/** What the annotate page shows of one document, each part a live query of its own. */
export interface DocumentFeed {
  doc: HeldQuery<StoredDocument | undefined>;
  spans: HeldQuery<Span[]>;
  relations: HeldQuery<Relation[]>;
  history: HeldQuery<{ undo: string | null; redo: string | null }>;
}

const feeds = new WeakMap<TandaiDatabase, Map<string, DocumentFeed>>();

/**
 * The live queries of one document, shared by whoever asks for them while they run: the page that shows
 * the document, and `preloadDocument` before it mounts. Each part keeps its own query, so an edit to the
 * spans re-reads the spans only, as with one `useLiveQuery` per part.
 */
export function documentFeed(db: TandaiDatabase, docId: string): DocumentFeed {
  const byId = feeds.get(db) ?? new Map<string, DocumentFeed>();
  feeds.set(db, byId);
  const known = byId.get(docId);
  if (known) return known;
  const stopped = () => {
    if (byId.get(docId) === feed && Object.values(feed).every((query: HeldQuery<unknown>) => !query.running))
      byId.delete(docId);
  };
  const feed: DocumentFeed = {
    doc: new HeldQuery(() => getDocument(db, docId), stopped),
    spans: new HeldQuery(() => spansOfDocument(db, docId), stopped),
    relations: new HeldQuery(() => relationsOfDocument(db, docId), stopped),
    history: new HeldQuery(() => historyState(db, docId), stopped),
  };
  byId.set(docId, feed);
  return feed;
}

/**
 * Starts reading a document and resolves when every part has answered, so that the page can be shown
 * with its data in one render. The queries stay up for a second after that for the page to take over.
 */
export function preloadDocument(db: TandaiDatabase, docId: string): Promise<void> {
  const feed = documentFeed(db, docId);
  return Promise.all(Object.values(feed).map((query: HeldQuery<unknown>) => query.answer())).then(() => {});
}
