import { useEffect, useRef, useState } from 'react';

/**
 * True once the returned element comes within a screen or so of the viewport, or once the page
 * has been idle a moment: a form below a long thread is ready by the time the reader gets there,
 * and its code did not compete with the first comments. Where the browser cannot observe (jsdom),
 * at once.
 */
export function useWantedSoon<T extends Element>(immediately = false) {
  const ref = useRef<T>(null);
  const [wanted, setWanted] = useState(immediately);
  useEffect(() => {
    const element = ref.current;
    if (wanted) return;
    if (!element || typeof IntersectionObserver === 'undefined') {
      setWanted(true);
      return;
    }
    const want = () => setWanted(true);
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) want();
      },
      { rootMargin: '1000px 0px' },
    );
    observer.observe(element);
    const idle =
      typeof requestIdleCallback === 'function'
        ? requestIdleCallback(want, { timeout: 3000 })
        : window.setTimeout(want, 1000);
    return () => {
      observer.disconnect();
      if (typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
      else window.clearTimeout(idle);
    };
  }, [wanted]);
  return [ref, wanted] as const;
}
