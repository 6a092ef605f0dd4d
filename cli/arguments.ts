import { type ParseArgsConfig, parseArgs } from 'node:util';
import { EXIT } from './command';
import type { Io } from './io';

export type Parsed =
  | { kind: 'run'; values: Record<string, string | boolean | undefined>; files: string[] }
  | { kind: 'exit'; code: number };

/** Parses a command's arguments; prints the usage for --help, and with the mistake for a wrong command line. */
export async function parseCommand(
  args: string[],
  options: NonNullable<ParseArgsConfig['options']>,
  usage: string,
  io: Io,
): Promise<Parsed> {
  if (args.includes('--help') || args.includes('-h')) {
    await io.out(usage);
    return { kind: 'exit', code: EXIT.ok };
  }
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    if (positionals.length === 0) return usageError('give at least one file', usage, io);
    return {
      kind: 'run',
      values: values as Record<string, string | boolean | undefined>,
      files: positionals,
    };
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error), usage, io);
  }
}

export function usageError(message: string, usage: string, io: Io): { kind: 'exit'; code: number } {
  io.err(`tandai: ${message}\n\n${usage}`);
  return { kind: 'exit', code: EXIT.usage };
}
