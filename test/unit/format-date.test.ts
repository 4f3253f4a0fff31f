import { describe, expect, it } from 'vitest';
import { formatDateTime, formatRelative } from '../../src/client/lib/format-date';

const now = Date.parse('2026-01-10T12:00:00Z');

describe('formatRelative', () => {
  it('uses the largest whole unit, in the given locale', () => {
    expect(formatRelative('2026-01-07T12:00:00Z', now, 'en')).toBe('3 days ago');
    expect(formatRelative('2026-01-10T11:58:00Z', now, 'en')).toBe('2 minutes ago');
    expect(formatRelative('2026-01-10T11:59:59Z', now, 'en')).toBe('now');
    expect(formatRelative('2025-01-10T12:00:00Z', now, 'en')).toBe('last year');
    expect(formatRelative('2026-01-07T12:00:00Z', now, 'es')).toBe('hace 3 días');
  });
});

describe('formatDateTime', () => {
  it('formats the exact time for the locale', () => {
    expect(formatDateTime('2019-03-28T17:00:00Z', 'en')).toMatch(/2019/);
    expect(formatDateTime('2019-03-28T17:00:00Z', 'es')).toMatch(/marzo/);
  });
});
