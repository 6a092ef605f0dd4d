// Types for electron-binary.mjs (plain JS so `npm start` needs no TypeScript step).
export function electronBinaryPath(electronDir: string): string | null;
export function startMode(state: {
  args: readonly string[];
  binary: string | null;
  fetchTried: boolean;
}): 'electron' | 'fetch' | 'web';
