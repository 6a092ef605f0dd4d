import { agree } from './agree';
import type { Command } from './command';
import { EXIT } from './command';
import { convert } from './convert';
import { type Io, processIo } from './io';
import { stats } from './stats';
import { validate } from './validate';

// tandai's command line: the workbench's dataset model (renderer/src/model) run in Node.

const COMMANDS: Record<string, Command> = {
  convert,
  validate,
  stats,
  // HOOK: `agree` is built elsewhere; cli/agree.ts must export `agree(args, io) → Promise<exit code>`.
  agree: { summary: 'agreement between annotators: span F1, kappa', run: agree },
};

const USAGE = `tandai: tag claims, sources and quantities in news; convert and check labeled datasets.

Usage: tandai <command> [options] <file…>

Commands:
${Object.entries(COMMANDS)
  .map(([name, command]) => `  ${name.padEnd(9)} ${command.summary}`)
  .join('\n')}

Run "tandai <command> --help" for the options of a command.
Reads: native JSONL, doccano, Prodigy/spaCy, Label Studio JSON, brat (.ann + .txt), W3C Web Annotation,
plain .txt / .md / {text} JSONL. Offsets in every file are Unicode code points.
`;

export async function run(argv: readonly string[], io: Io = processIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const command = args[0] === undefined ? undefined : COMMANDS[args[0]];
    if (command) return command.run(['--help'], io);
    await io.out(USAGE);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`tandai: unknown command "${name}"\n\n${USAGE}`);
    return EXIT.usage;
  }
  return command.run(args, io);
}
