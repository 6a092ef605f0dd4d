import type { Io } from './io';

/** A subcommand: it parses its own arguments (and --help) and returns the exit code. */
export type CommandRun = (args: string[], io: Io) => Promise<number>;

export interface Command {
  summary: string;
  run: CommandRun;
}

/** Exit codes: 0 done, 1 the data has problems (or could not be read), 2 the command line is wrong. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;
