import { useEffect, useRef } from 'react';

/**
 * Calls `load` when the returned element comes within a screen or so of the viewport. A new
 * `generation` (one per page loaded) observes afresh, so a sentinel still in view loads again.
 */
export function useLoadOnScroll(enabled: boolean, generation: number, load: () => void) {
  const sentinel = useRef<HTMLDivElement>(null);
  const latestLoad = useRef(load);
  useEffect(() => {
    latestLoad.current = load;
  }, [load]);

  useEffect(() => {
    const element = sentinel.current;
    if (!enabled || !element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) latestLoad.current();
      },
      { rootMargin: '1000px 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [enabled, generation]);
  return sentinel;
}
