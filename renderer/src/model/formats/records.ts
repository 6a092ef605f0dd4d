import type { Problem } from './raw';

// JSON Lines, a JSON array or one (pretty-printed) JSON object, as a list of values with the line
// each starts on, so every later message can name its line.

export interface JsonRecord {
  line: number;
  value: unknown;
}

export interface Records {
  records: JsonRecord[];
  problems: Problem[];
}

export function readRecords(file: string, text: string): Records {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = body.split('\n');
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first === -1) return { records: [], problems: [{ file, message: 'the file is empty' }] };
  const firstLine = (lines[first] as string).trim();
  // A JSON array, or one object over several lines; a JSONL file whose first line is broken is still JSONL.
  if (firstLine.startsWith('[') || firstLine === '{' || (!parses(firstLine) && parses(body))) {
    return readDocument(file, body);
  }

  const records: JsonRecord[] = [];
  const problems: Problem[] = [];
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    try {
      records.push({ line: index + 1, value: JSON.parse(line) });
    } catch (error) {
      problems.push({ file, line: index + 1, message: `malformed JSON: ${jsonError(error)}` });
    }
  });
  return { records, problems };
}

function readDocument(file: string, body: string): Records {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    const problem = { file, line: errorLine(error, body), message: `malformed JSON: ${jsonError(error)}` };
    return { records: [], problems: [problem] };
  }
  if (!Array.isArray(value)) return { records: [{ line: lineOfFirstValue(body), value }], problems: [] };
  const lines = elementLines(body);
  return { records: value.map((item, index) => ({ line: lines[index] ?? 1, value: item })), problems: [] };
}

function parses(line: string): boolean {
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
}

function jsonError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // V8 quotes the offending input; a long line would drown the message.
  return message.length > 160 ? `${message.slice(0, 157)}…` : message;
}

/** The line of a JSON.parse error, from V8's "(line L column C)" or "at position P", else found by bisection. */
function errorLine(error: unknown, body: string): number {
  const message = error instanceof Error ? error.message : '';
  const line = /\(line (\d+) column \d+\)/.exec(message);
  if (line) return Number(line[1]);
  const position = /at position (\d+)/.exec(message);
  if (position) return lineAt(body, Number(position[1]));
  return lineAt(body, firstBadOffset(body));
}

/**
 * Node 20's "Unexpected token" messages give no position. A prefix of the text that holds no error
 * fails only by ending early ("Unexpected end", or a position at its very end), so the shortest
 * prefix that fails otherwise ends on the bad character.
 */
function firstBadOffset(body: string): number {
  const failsInside = (length: number) => {
    try {
      JSON.parse(body.slice(0, length));
      return false;
    } catch (error) {
      const message = error instanceof Error ? error.message : '';
      return !/end of JSON input/.test(message) && !message.includes(`at position ${length}`);
    }
  };
  let low = 0;
  let high = body.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (failsInside(mid)) high = mid;
    else low = mid + 1;
  }
  return Math.max(0, low - 1);
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function lineOfFirstValue(body: string): number {
  return lineAt(body, body.length - body.trimStart().length);
}

/** The line on which each element of a top-level JSON array starts. */
function elementLines(body: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let expectValue = false;
  for (let i = 0; i < body.length; i++) {
    const char = body[i] as string;
    if (char === '\n') {
      line++;
      continue;
    }
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
      continue;
    }
    if (depth === 1 && expectValue && char.trim() !== '' && char !== ']') {
      lines.push(line);
      expectValue = false;
    }
    if (char === '"') inString = true;
    else if (char === '[' || char === '{') {
      depth++;
      if (depth === 1) expectValue = true;
    } else if (char === ']' || char === '}') depth--;
    else if (char === ',' && depth === 1) expectValue = true;
  }
  return lines;
}
