import type { TandaiDatabase } from './database';

const ANNOTATOR = 'annotator';

export async function getAnnotator(db: TandaiDatabase): Promise<string | undefined> {
  return (await db.settings.get(ANNOTATOR))?.value;
}

export async function setAnnotator(db: TandaiDatabase, name: string): Promise<void> {
  const trimmed = name.trim();
  if (!trimmed) throw new Error('The annotator name cannot be empty');
  await db.settings.put({ key: ANNOTATOR, value: trimmed });
}
