import { parseCommand } from './arguments';
import { type Command, EXIT } from './command';
import { loadDataset } from './load';
import { findings, plural, showFinding } from './report';

const USAGE = `Usage: tandai validate <file…>

Checks a dataset: that every line parses, every label is CLAIM, SOURCE or QUANTITY, every span id
is unique in its document, every span's offsets lie in its text, and every span's text or quote is
what its offsets cover (one that is not is placed by its quote where possible, and reported).

Prints one "file:line: what" per finding. Exit code 0 when there is none, 1 otherwise.
`;

export const validate: Command = {
  summary: 'check every span against its text and quote',
  async run(args, io) {
    const parsed = await parseCommand(args, {}, USAGE, io);
    if (parsed.kind === 'exit') return parsed.code;
    const { read, errors } = await loadDataset(parsed.files, undefined);
    const all = [...errors, ...findings(read).map(showFinding)];
    for (const line of all) await io.out(`${line}\n`);
    const spans = read.documents.reduce((sum, doc) => sum + doc.spans.length, 0);
    const counted = `${plural(read.documents.length, 'document')}, ${plural(spans, 'valid span')}`;
    if (all.length === 0) {
      await io.out(`ok: ${counted} (${read.format})\n`);
      return EXIT.ok;
    }
    await io.out(`${plural(all.length, 'finding')}; ${counted}\n`);
    return EXIT.problems;
  },
};
