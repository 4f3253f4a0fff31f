import { act, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createSafeStorage } from '../../src/client/lib/safe-storage';
import { createCollapsedStore, type Collapsed } from '../../src/client/thread/collapsed-store';
import { useIsCollapsed } from '../../src/client/thread/use-collapsed';

const key = 'collapsed:test:article';

describe('the collapsed comments of an article', () => {
  it('are remembered in storage and read back by a new store (a reload)', () => {
    const storage = createSafeStorage(() => localStorage);
    const first = createCollapsedStore(storage, key);
    first.toggle('1');
    first.collapseAll(['2', '3']);
    first.expand(['3']);
    expect(createCollapsedStore(storage, key).ids).toEqual(new Set(['1', '2']));
    first.expandAll();
    expect(createCollapsedStore(storage, key).count).toBe(0);
  });

  it('re-render only the comments whose answer changed', () => {
    const collapsed = createCollapsedStore(
      createSafeStorage(() => localStorage),
      key,
    );
    const renders = new Map<string, number>();
    function Item({ id, store }: { id: string; store: Collapsed }) {
      renders.set(id, (renders.get(id) ?? 0) + 1);
      return <p>{useIsCollapsed(store, id) ? `${id} collapsed` : id}</p>;
    }
    const { container } = render(
      <>
        {['a', 'b', 'c'].map((id) => (
          <Item key={id} id={id} store={collapsed} />
        ))}
      </>,
    );
    act(() => collapsed.toggle('b'));
    expect(container.textContent).toBe('ab collapsedc');
    expect(Object.fromEntries(renders)).toEqual({ a: 1, b: 2, c: 1 });
  });

  it("follow another tab's changes while someone listens", () => {
    const tabs = new EventTarget();
    const storage = createSafeStorage(
      () => localStorage,
      tabs as unknown as Pick<Window, 'addEventListener' | 'removeEventListener'>,
    );
    const collapsed = createCollapsedStore(storage, key);
    let heard = 0;
    const stop = collapsed.subscribe(() => heard++);
    localStorage.setItem(`parley:${key}`, JSON.stringify(['9']));
    tabs.dispatchEvent(Object.assign(new Event('storage'), { key: `parley:${key}` }));
    expect(collapsed.has('9')).toBe(true);
    expect(heard).toBe(1);
    stop();
  });
});
