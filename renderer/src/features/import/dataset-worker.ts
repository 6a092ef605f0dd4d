/// <reference lib="webworker" />
import type { ParseRequest, ParseResponse } from './parse-datasets';
import { decodeAndRead } from './prepare-files';

// Decodes and parses dataset files off the main thread, so a large import keeps the window responsive.
self.onmessage = async (event: MessageEvent<ParseRequest>) => {
  const reply = (message: ParseResponse) => (self as unknown as Worker).postMessage(message);
  try {
    reply({ type: 'done', result: await decodeAndRead(event.data.files) });
  } catch (error) {
    reply({ type: 'failed', error: String(error) });
  }
};
