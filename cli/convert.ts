import { isWriteFormat, WRITE_FORMATS, writeDataset } from '../renderer/src/model/formats/write-dataset';
import { parseCommand, usageError } from './arguments';
import { type Command, EXIT } from './command';
import { writeFileChunks } from './io';
import { loadDataset } from './load';
import { findings, plural, showFinding } from './report';

const USAGE = `Usage: tandai convert --to <format> <file…> [-o <out>] [--annotator <name>] [--partial]

Converts a dataset to another format. The input format is detected from each file's content
(brat: the .ann, with the .txt beside it; a directory: the dataset files in it; a .zip: its entries).

  --to <format>       ${WRITE_FORMATS.join(', ')}
  -o, --output <out>  write here instead of to stdout (brat writes a zip and needs it)
  --annotator <name>  who did the work, for files that do not say
  --partial           write the valid part even when some of the input has problems

Problems go to stderr, one "file:line: what" each. Without --partial nothing is written if there
are any, and the exit code is 1. Spans re-anchored by their quote are reported and kept.
`;

export const convert: Command = {
  summary: 'convert a dataset to another format',
  async run(args, io) {
    const parsed = await parseCommand(
      args,
      {
        to: { type: 'string' },
        output: { type: 'string', short: 'o' },
        annotator: { type: 'string' },
        partial: { type: 'boolean' },
      },
      USAGE,
      io,
    );
    if (parsed.kind === 'exit') return parsed.code;
    const { to, output, annotator, partial } = parsed.values;
    if (typeof to !== 'string' || !isWriteFormat(to)) {
      return usageError(`--to must be one of ${WRITE_FORMATS.join(', ')}`, USAGE, io).code;
    }
    if (to === 'brat' && typeof output !== 'string') {
      return usageError('brat is written as a zip: give -o <file.zip>', USAGE, io).code;
    }

    const { read, errors } = await loadDataset(
      parsed.files,
      typeof annotator === 'string' ? annotator : undefined,
    );
    const found = findings(read);
    for (const line of [...errors, ...found.map(showFinding)]) io.err(`${line}\n`);
    const blocking = errors.length + found.filter((finding) => finding.kind !== 'reanchored').length;
    if (blocking > 0 && partial !== true) {
      io.err(`nothing written: ${plural(blocking, 'problem')}; --partial writes the valid part\n`);
      return EXIT.problems;
    }
    if (read.documents.length === 0) {
      io.err('nothing written: no documents in the input\n');
      return EXIT.problems;
    }

    const chunks = writeDataset(to, read.documents);
    if (typeof output === 'string') {
      await writeFileChunks(output, chunks);
      io.err(`${plural(read.documents.length, 'document')} written to ${output} (${to})\n`);
    } else {
      for (const chunk of chunks instanceof Uint8Array ? [chunks] : chunks) await io.out(chunk);
    }
    return EXIT.ok;
  },
};
