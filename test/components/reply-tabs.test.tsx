import { act, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createDraftStore } from '../../src/client/drafts/draft-store';
import { demoSlug } from '../../src/server/seed/demo-article';
import { sourceFor } from '../helpers/render-app';
import { createTabs } from '../helpers/fake-tabs';
import { demoPath, renderWithStorage, threadLoaded } from '../helpers/render-replies';
import { createTestServer } from '../helpers/server';

/** Two tabs of the same article: two apps on one shared storage that hear each other. */
async function twoTabs() {
  const { app } = await createTestServer();
  const [storageA, storageB] = createTabs(2).map((tab) => tab.storage);
  const source = sourceFor(app);
  const a = renderWithStorage(source, demoPath, storageA);
  const b = renderWithStorage(source, demoPath, storageB);
  await threadLoaded();
  const formIn = (tab: { container: HTMLElement }) =>
    within(tab.container).getByRole('form', { name: 'Leave a Reply' });
  await waitFor(() => {
    formIn(a);
    formIn(b);
  });
  return { app, source, a, b, formA: formIn(a), formB: formIn(b), storageA: storageA! };
}

describe('drafts across tabs', { timeout: 20_000 }, () => {
  it('shows what is typed in one tab in the other', async () => {
    const { a, formA, formB } = await twoTabs();
    await a.user.type(within(formA).getByLabelText('Comment'), 'Typed in tab A');
    await waitFor(() =>
      expect(within(formB).getByLabelText('Comment')).toHaveValue('Typed in tab A'),
    );
  });

  it('never overwrites what is being typed in this tab', async () => {
    const { b, formB, storageA, source } = await twoTabs();
    const boxB = within(formB).getByLabelText('Comment');
    await b.user.type(boxB, 'Typed in tab B');
    // Tab A saves its own draft while B's latest keystrokes are not saved yet.
    createDraftStore(storageA, source.id).save(
      { slug: demoSlug, parentId: null },
      {
        fields: { body: 'From tab A', name: '', email: '', url: '' },
        remember: false,
        idempotencyKey: 'tab-a-key-123',
      },
    );
    // Let React render whatever the storage event led to.
    await act(() => Promise.resolve());
    expect(boxB).toHaveValue('Typed in tab B');
    // B's words are then saved over A's: the last one typing wins, and nothing is swapped.
    await waitFor(() =>
      expect(
        createDraftStore(storageA, source.id).read({ slug: demoSlug, parentId: null }),
      ).toMatchObject({ fields: { body: 'Typed in tab B' } }),
    );
    expect(boxB).toHaveValue('Typed in tab B');
  });

  it('clears the other tab’s form once the reply is posted', async () => {
    const { app, a, formA, formB } = await twoTabs();
    await a.user.type(within(formA).getByLabelText('Comment'), 'Posted from A');
    await a.user.type(within(formA).getByLabelText('Name'), 'Ana');
    await a.user.type(within(formA).getByLabelText('Email'), 'ana@example.com');
    await waitFor(() =>
      expect(within(formB).getByLabelText('Comment')).toHaveValue('Posted from A'),
    );
    await a.user.click(within(formA).getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(within(formB).getByLabelText('Comment')).toHaveValue(''));
    const res = await app.request(`/api${demoPath}`);
    expect(((await res.json()) as { commentCount: number }).commentCount).toBe(8);
  });
});
