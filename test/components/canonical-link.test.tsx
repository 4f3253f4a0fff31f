import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useCanonicalLink } from '../../src/client/lib/use-canonical-link';

const canonicalHrefs = () =>
  Array.from(document.head.querySelectorAll<HTMLLinkElement>('link[rel="canonical"]')).map(
    (link) => link.href,
  );

afterEach(() => {
  document.head.querySelectorAll('link[rel="canonical"]').forEach((link) => link.remove());
});

describe('useCanonicalLink', () => {
  it('puts one absolute canonical link in the head while the page is shown', () => {
    const { unmount } = renderHook(() => useCanonicalLink('/articles/a-slug'));
    expect(canonicalHrefs()).toEqual([`${location.origin}/articles/a-slug`]);
    unmount();
    expect(canonicalHrefs()).toEqual([]);
  });

  it('follows the page to another article, never leaving two', () => {
    const { rerender } = renderHook(({ path }) => useCanonicalLink(path), {
      initialProps: { path: '/articles/first' },
    });
    rerender({ path: '/articles/second' });
    expect(canonicalHrefs()).toEqual([`${location.origin}/articles/second`]);
  });

  it('adds none while there is no article to point at', () => {
    renderHook(() => useCanonicalLink(null));
    expect(canonicalHrefs()).toEqual([]);
  });
});
