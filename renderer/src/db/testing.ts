import type { Span } from '../model/types';
import type { TandaiDatabase } from './database';
import { spansOfDocument } from './spans';

/** For tests: every span in the workbench, document after document. */
export async function storedSpans(db: TandaiDatabase): Promise<Span[]> {
  return (await db.spanSets.toArray()).flatMap((set) => set.spans);
}

/** For tests: a span as now stored, or undefined once it is gone. */
export async function storedSpan(
  db: TandaiDatabase,
  span: Pick<Span, 'docId' | 'id'>,
): Promise<Span | undefined> {
  return (await spansOfDocument(db, span.docId)).find((stored) => stored.id === span.id);
}
