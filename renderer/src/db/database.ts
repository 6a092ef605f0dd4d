import { Dexie, type EntityTable } from 'dexie';
import type { Relation, Span, StoredDocument } from '../model/types';

export interface Setting {
  key: string;
  value: string;
}

/** The workbench's IndexedDB. Schema versions are only ever added, each data change in an upgrade(). */
export class TandaiDatabase extends Dexie {
  docs!: EntityTable<StoredDocument, 'id'>;
  spans!: EntityTable<Span, 'id'>;
  relations!: EntityTable<Relation, 'id'>;
  settings!: EntityTable<Setting, 'key'>;

  constructor(name = 'tandai') {
    super(name);
    this.version(1).stores({
      docs: 'id, updated, status',
      spans: 'id, docId, [docId+annotator], label',
      relations: 'id, docId, from, to',
      settings: 'key',
    });
  }
}

/** The app's one shared instance. Tests create their own with a unique name. */
export const db = new TandaiDatabase();
