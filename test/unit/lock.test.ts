import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { storageLease } from '../../src/client/outbox/lock';
import { createTabs } from '../helpers/fake-tabs';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the storage lease (the lock where there are no Web Locks)', () => {
  it('lets one tab in at a time, and the next one after it is done', async () => {
    const [tabA, tabB] = createTabs(2);
    const lockA = storageLease(tabA!.storage, 'tab-a');
    const lockB = storageLease(tabB!.storage, 'tab-b');
    let finish!: () => void;
    const holding = lockA(
      'reply',
      () => new Promise<string>((resolve) => (finish = () => resolve('sent'))),
    );
    await vi.advanceTimersByTimeAsync(100);
    expect(await lockB('reply', async () => 'also sent')).toEqual({ acquired: false });
    finish();
    expect(await holding).toEqual({ acquired: true, value: 'sent' });
    const after = lockB('reply', async () => 'now');
    await vi.advanceTimersByTimeAsync(100);
    expect(await after).toEqual({ acquired: true, value: 'now' });
  });

  it('lets exactly one of two tabs in when they ask at the same moment', async () => {
    const [tabA, tabB] = createTabs(2);
    const ran: string[] = [];
    const a = storageLease(tabA!.storage, 'tab-a')('reply', async () => ran.push('a'));
    const b = storageLease(tabB!.storage, 'tab-b')('reply', async () => ran.push('b'));
    await vi.advanceTimersByTimeAsync(100);
    await Promise.all([a, b]);
    expect(ran).toHaveLength(1);
  });

  it('gives way when another tab’s claim lands while it settles (both read an empty lease)', async () => {
    const [tabA, tabB] = createTabs(2);
    const ran: string[] = [];
    const a = storageLease(tabA!.storage, 'tab-a')('reply', async () => ran.push('a'));
    // Tab B read the lease before A's claim arrived, and wrote its own just after.
    tabB!.storage.write('lease:reply', { owner: 'tab-b', until: Date.now() + 60_000 });
    await vi.advanceTimersByTimeAsync(100);
    expect(await a).toEqual({ acquired: false });
    expect(ran).toEqual([]);
  });

  it('expires the lease of a tab that died holding it', async () => {
    const [tabA, tabB] = createTabs(2);
    tabA!.storage.write('lease:reply', { owner: 'tab-a', until: Date.now() + 60_000 });
    const lockB = storageLease(tabB!.storage, 'tab-b');
    expect(await lockB('reply', async () => 1)).toEqual({ acquired: false });
    vi.advanceTimersByTime(60_001);
    const later = lockB('reply', async () => 2);
    await vi.advanceTimersByTimeAsync(100);
    expect(await later).toEqual({ acquired: true, value: 2 });
  });
});
