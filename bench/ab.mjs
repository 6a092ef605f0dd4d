#!/usr/bin/env node
// npm run bench:ab -- [--rounds 8] [--sizes 2000] [--runs 5] <renderer build A> <renderer build B>
// Compares two builds of the renderer (directories like out/renderer, copied aside) on opening articles:
// rounds of run.mjs alternate between them, so that the machine's drift hits both alike. Before opens
// were timed on a settled page (__bench.settle), a single run here moved by ±15 ms from one minute to the
// next, and five rounds once showed a 15 ms gain that eight rounds, twice, did not. Prints, per size, each
// build's median of the app's time and of its ratio to the static page measured in the same round.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { summarize } from './report.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = args[i + 1];
  args.splice(i, 2);
  return value;
};
const rounds = Number(option('rounds', 8));
const sizes = option('sizes', '2000');
const runs = option('runs', '5');
const builds = args.map((dir) => resolve(dir));
if (builds.length !== 2 || builds.some((dir) => !existsSync(join(dir, 'index.html')))) {
  console.error('usage: npm run bench:ab -- [--rounds 8] [--sizes 2000] [--runs 5] <build A> <build B>');
  console.error('each build is a built renderer directory (with index.html), e.g. a copy of out/renderer');
  process.exit(2);
}

const median = (values) => summarize(values).median;
const samples = builds.map(() => new Map()); // size -> { app: [], ratio: [] }
const results = join(import.meta.dirname, 'results/latest.json');

for (let round = 1; round <= rounds; round++) {
  for (const [b, dir] of builds.entries()) {
    const run = spawnSync(
      process.execPath,
      [
        join(import.meta.dirname, 'run.mjs'),
        ...['--only', 'open', '--open-sizes', sizes, '--runs', runs, '--slow-runs', runs, '--renderer', dir],
      ],
      { encoding: 'utf8' },
    );
    if (run.status !== 0) {
      console.error(run.stderr);
      process.exit(1);
    }
    const { open } = JSON.parse(readFileSync(results, 'utf8'));
    const line = [];
    for (const [size, measured] of Object.entries(open.sizes)) {
      const { app, static: base } = measured;
      const entry = samples[b].get(size) ?? { app: [], ratio: [] };
      entry.app.push(app.median);
      entry.ratio.push(app.median / base.median);
      samples[b].set(size, entry);
      line.push(`${size} spans ${app.median.toFixed(0)}/${base.median.toFixed(0)} ms`);
    }
    console.error(`round ${round} ${'AB'[b]}: ${line.join(', ')}`);
  }
}

for (const size of samples[0].keys()) {
  console.log(`\nopen ${size} spans, ${rounds} rounds (app ms, app/static):`);
  for (const [b, dir] of builds.entries()) {
    const { app, ratio } = samples[b].get(size);
    console.log(
      `  ${'AB'[b]} ${dir}: median ${median(app).toFixed(1)} ms, ratio ${median(ratio).toFixed(2)}×`,
    );
  }
}
