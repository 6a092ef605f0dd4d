// Statistics and the printed table.

export function summarize(values) {
  const numbers = values.filter((v) => typeof v === 'number' && Number.isFinite(v));
  const sorted = [...numbers].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median =
    sorted.length === 0 ? Number.NaN : sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return {
    median,
    min: sorted[0] ?? Number.NaN,
    max: sorted.at(-1) ?? Number.NaN,
    n: numbers.length,
    failed: values.length - numbers.length,
    samples: values.map((v) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v)),
  };
}

const ms = (v) => (Number.isFinite(v) ? (v >= 100 ? `${v.toFixed(0)} ms` : `${v.toFixed(1)} ms`) : '—');
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : '—');
const verdict = (ok) => (ok === undefined ? '' : ok ? 'met' : 'MISSED');

/** One table: what | app | baseline | ratio | peer | ratio | target | verdict. */
export function printTable(results) {
  const rows = [['measure', 'app', 'baseline', 'app/base', 'peer (recogito)', 'app/peer', 'target', '']];
  const gap = () => rows.push(null);
  const { open, keys, dataset, library } = results;

  if (open) {
    for (const [n, r] of Object.entries(open.sizes)) {
      const target = Number(n) >= 2000 ? r.app.median <= r.static.median : undefined;
      rows.push([
        `open 100k chars, ${Number(n).toLocaleString('en')} spans`,
        ms(r.app.median),
        `${ms(r.static.median)} static`,
        ratio(r.app.median, r.static.median),
        r.recogito ? ms(r.recogito.median) : 'n/a',
        r.recogito ? ratio(r.app.median, r.recogito.median) : '',
        Number(n) >= 2000 ? '≤ 1.0× static' : '',
        verdict(target),
      ]);
    }
    // Not in the baselines: the list of spans beside the article, painted in a later frame.
    rows.push([
      'open, span list painted too',
      Object.entries(open.sizes)
        .map(([n, r]) => (r.app.list ? `${ms(r.app.list.median)} (${Number(n) / 1000}k)` : ''))
        .join(' · '),
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
    gap();
  }
  if (keys) {
    const cell = (r) => `${ms(r.median)} / ${ms(r.max)} (painted ${ms(r.painted.median)})`;
    for (const [n, r] of Object.entries(keys.sizes)) {
      const met = Number(n) === 5000 ? r.app.median <= 16 && r.app.max <= 33 : undefined;
      rows.push([
        `key→rAF, ${Number(n).toLocaleString('en')} spans (median / max)`,
        cell(r.app),
        cell(r.static),
        ratio(r.app.median, r.static.median),
        r.recogito ? cell(r.recogito) : 'n/a',
        r.recogito ? ratio(r.app.median, r.recogito.median) : '',
        Number(n) === 5000 ? '≤ 16 / ≤ 33 ms' : '',
        verdict(met),
      ]);
    }
    gap();
  }
  if (dataset) {
    const { import: imp, export: exp } = dataset;
    rows.push([
      'import native JSONL, 1,000 docs / 100k spans',
      imp.app ? ms(imp.app.median) : imp.status,
      `${ms(imp.rawPut.median)} raw put`,
      imp.app ? ratio(imp.app.median, imp.rawPut.median) : '—',
      '',
      '',
      '≤ 1.3× raw put',
      imp.app ? verdict(imp.app.median <= 1.3 * imp.rawPut.median) : 'pending',
    ]);
    if (imp.app) {
      const floor = imp.rawPut.median + imp.parse.median;
      rows.push([
        '  floor with the reading: decode + JSON.parse + raw put',
        '',
        ms(floor),
        ratio(imp.app.median, floor),
        '',
        '',
        '',
        '',
      ]);
      rows.push([
        '  of which: file → preview painted',
        ms(imp.read.median),
        `${ms(imp.parse.median)} decode + parse`,
        ratio(imp.read.median, imp.parse.median),
        '',
        '',
        '',
        '',
      ]);
      rows.push([
        '  of which: Import click → report painted',
        ms(imp.write.median),
        `${ms(imp.rawPut.median)} raw put`,
        ratio(imp.write.median, imp.rawPut.median),
        '',
        '',
        '',
        '',
      ]);
    }
    rows.push([
      'export native JSONL, 100k spans',
      ms(exp.app.median),
      `${ms(exp.stringify.median)} stringify`,
      ratio(exp.app.median, exp.stringify.median),
      '',
      '',
      '≤ 1.5× stringify',
      verdict(exp.app.median <= 1.5 * exp.stringify.median),
    ]);
    rows.push([
      '  floor with the reading: raw getAll + stringify',
      '',
      ms(exp.readAndStringify.median),
      ratio(exp.app.median, exp.readAndStringify.median),
      '',
      '',
      '',
      '',
    ]);
    gap();
  }
  if (library) {
    const { firstPaint: fp, filter: f, scroll: s } = library;
    rows.push([
      'library 10k docs: first paint',
      ms(fp.app.median),
      ms(fp.baseline.median),
      ratio(fp.app.median, fp.baseline.median),
      '',
      '',
      '',
      '',
    ]);
    rows.push([
      `library filter "${library.word}" (${library.matches} hits)`,
      ms(f.app.median),
      ms(f.baseline.median),
      ratio(f.app.median, f.baseline.median),
      '',
      '',
      '≤ 100 ms',
      verdict(f.app.median <= 100),
    ]);
    const frames = (r) =>
      `${r.frames.median} fr, ${r.dropped.median} dropped, ${r.interval.median.toFixed(1)} ms`;
    rows.push([
      'library scroll 2 s (frames, dropped, median interval)',
      frames(s.app),
      frames(s.baseline),
      '',
      '',
      '',
      '',
      '',
    ]);
    gap();
  }
  if (open?.memory?.app) {
    const m = open.memory;
    const mb = (v) => `${v.toFixed(1)} MB`;
    rows.push([
      'JS heap after opening 5,000 spans',
      `${mb(m.app.heapMB)} (shell ${mb(m.app.shellHeapMB)})`,
      `${mb(m.static.heapMB)} static`,
      ratio(m.app.heapMB, m.static.heapMB),
      m.recogito ? mb(m.recogito.heapMB) : 'n/a',
      m.recogito ? ratio(m.app.heapMB, m.recogito.heapMB) : '',
      '',
      '',
    ]);
  }
  while (rows.at(-1) === null) rows.pop();
  const widths = rows[0].map((_, i) => Math.max(...rows.filter(Boolean).map((r) => String(r[i]).length)));
  const line = (r) =>
    r
      .map((cell, i) => String(cell).padEnd(widths[i]))
      .join(' │ ')
      .trimEnd();
  console.log(`\n${line(rows[0])}`);
  console.log(widths.map((w) => '─'.repeat(w)).join('─┼─'));
  for (const r of rows.slice(1))
    console.log(
      r
        ? line(r)
        : widths
            .map((w) => ' '.repeat(w))
            .join(' │ ')
            .trimEnd(),
    );
  printWhereTimeGoes(results);
}

/** Main-thread time by kind (CDP Performance metrics, medians): what bounds the slow figures. */
function printWhereTimeGoes({ open, library }) {
  const cpu = (b) =>
    `script ${b.script.toFixed(0)}, style ${b.style.toFixed(0)}, layout ${b.layout.toFixed(0)} of ${b.task.toFixed(0)} ms busy`;
  console.log('\nMain thread by kind (CDP Performance metrics, median ms):');
  if (open) {
    const n = Object.keys(open.sizes).at(-1);
    for (const [variant, r] of Object.entries(open.sizes[n])) {
      const segments = r.segments ? ` (${r.segments} painted segments)` : '';
      console.log(`  open ${n} spans   ${variant.padEnd(9)} ${cpu(r.breakdown)}${segments}`);
    }
  }
  for (const [variant, r] of Object.entries(library?.cpu ?? {}))
    for (const [phase, b] of Object.entries(r))
      console.log(`  library ${phase.padEnd(10)} ${variant.padEnd(9)} ${cpu(b)}`);
}
