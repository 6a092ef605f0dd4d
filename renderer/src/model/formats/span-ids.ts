import type { RawDocument } from './raw';

/** Ids unique within one merged document: global ids must not repeat; local ones are renamed if they do. */
export class Ids {
  private readonly used = new Set<string>();
  private readonly reserved: ReadonlySet<string>;
  private counter = 0;

  constructor(
    private readonly prefix: string,
    reserved: Iterable<string>,
  ) {
    this.reserved = new Set(reserved);
  }

  take(id: string | undefined, kind: RawDocument['spanIds']): string | undefined {
    if (id !== undefined && !this.used.has(id) && (kind === 'global' || !this.reserved.has(id))) {
      this.used.add(id);
      return id;
    }
    if (id !== undefined && kind === 'global') return undefined;
    let fresh: string;
    do fresh = `${this.prefix}${++this.counter}`;
    while (this.used.has(fresh) || this.reserved.has(fresh));
    this.used.add(fresh);
    return fresh;
  }
}

/** The ids the records give that must be kept as they are (a plain loop: 100,000 spans are read at a time). */
export function globalIds(raws: readonly RawDocument[], of: 'spans' | 'relations'): string[] {
  const ids: string[] = [];
  for (const raw of raws) {
    if (raw.spanIds !== 'global') continue;
    for (const item of raw[of]) if (item.id !== undefined) ids.push(item.id);
  }
  return ids;
}
