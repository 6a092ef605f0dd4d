import { useEffect, useState } from 'react';

/**
 * False until the first frame after the component mounted has been painted, then true: for what can be
 * drawn a frame later. A requestAnimationFrame callback runs before its frame is painted; a task queued
 * from it runs after.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}
