import { describe, expect, it } from 'vitest';
import { frameColorScheme, isFrameMessage, isHostMessage } from '../../src/core/embed-protocol';

describe('frame message guard', () => {
  it('accepts the well-formed messages', () => {
    expect(isFrameMessage({ source: 'parley', version: 1, type: 'ready', height: 640 })).toBe(true);
    expect(isFrameMessage({ source: 'parley', version: 1, type: 'resize', height: 0 })).toBe(true);
    expect(
      isFrameMessage({ source: 'parley', version: 1, type: 'error', message: 'Not found' }),
    ).toBe(true);
    expect(
      isFrameMessage({
        source: 'parley',
        version: 1,
        type: 'permalink',
        commentId: '42',
        offset: 900,
      }),
    ).toBe(true);
  });

  it('ignores other widgets, other versions and malformed messages', () => {
    for (const data of [
      null,
      'resize:300',
      [],
      { source: 'giscus', version: 1, type: 'resize', height: 10 },
      { source: 'parley', version: 2, type: 'resize', height: 10 },
      { source: 'parley', version: 1, type: 'resize', height: '10' },
      { source: 'parley', version: 1, type: 'resize', height: Number.NaN },
      { source: 'parley', version: 1, type: 'resize', height: -1 },
      { source: 'parley', version: 1, type: 'resize', height: 1e12 },
      { source: 'parley', version: 1, type: 'permalink', commentId: '"><script>', offset: 1 },
      { source: 'parley', version: 1, type: 'navigate', url: 'https://evil.example' },
    ]) {
      expect(isFrameMessage(data)).toBe(false);
    }
  });
});

describe('host message guard', () => {
  it('accepts theme and config, and nothing else', () => {
    expect(isHostMessage({ source: 'parley-host', version: 1, type: 'theme', theme: 'dark' })).toBe(
      true,
    );
    expect(
      isHostMessage({ source: 'parley-host', version: 1, type: 'config', commentId: '7' }),
    ).toBe(true);
    expect(isHostMessage({ source: 'parley-host', version: 1, type: 'theme', theme: 'pink' })).toBe(
      false,
    );
    expect(isHostMessage({ source: 'parley', version: 1, type: 'theme', theme: 'dark' })).toBe(
      false,
    );
    expect(isHostMessage({ source: 'parley-host', version: 1, type: 'eval', code: '1' })).toBe(
      false,
    );
  });
});

it('gives the iframe the colour scheme its page will use', () => {
  expect(frameColorScheme('auto')).toBe('light dark');
  expect(frameColorScheme('dark')).toBe('dark');
});
