import { useEffect, useState } from 'react';

/**
 * False until the first frame painted after `ready` became true, then true for good: for what can be
 * drawn a frame after the rest. A requestAnimationFrame callback runs before its frame is painted; a task
 * queued from it runs after.
 */
export function useAfterFirstPaint(ready: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!ready || painted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [ready, painted]);
  return painted;
}
