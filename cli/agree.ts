import { EXIT } from './command';
import type { Io } from './io';

// Stub: the agreement work replaces this file. Keep the export: main.ts routes `tandai agree …` here.

export async function agree(_args: string[], io: Io): Promise<number> {
  io.err('tandai agree: not yet available\n');
  return EXIT.usage;
}
