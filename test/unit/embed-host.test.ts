import { afterEach, beforeAll, describe, expect, it } from 'vitest';

// The host script runs on import, as it does on a page: load it once, with one target on the page.
beforeAll(async () => {
  document.body.innerHTML =
    '<div data-parley-article="some-article" data-parley-theme="dark"></div>';
  await import('../../src/embed-host/embed');
});

afterEach(() => {
  for (const embed of [...(window.Parley?.embeds ?? [])])
    if (embed.iframe.dataset.extra) embed.destroy();
});

const frameOf = () => window.Parley!.embeds[0]!.iframe;
const send = (data: unknown, source: MessageEventSource | null, origin = location.origin) =>
  window.dispatchEvent(new MessageEvent('message', { data, source, origin }));

describe('the host script', () => {
  it('creates a titled, lazy iframe for the article, hidden until ready', () => {
    const iframe = frameOf();
    const url = new URL(iframe.src);
    expect(url.pathname).toBe('/embed/some-article');
    expect(url.searchParams.get('theme')).toBe('dark');
    expect(url.searchParams.get('origin')).toBe(location.origin);
    expect(iframe.title).toBe('Comments');
    expect(iframe.loading).toBe('lazy');
    expect(iframe.style.visibility).toBe('hidden');
    expect(iframe.style.colorScheme).toBe('dark');
  });

  it('shows and sizes the frame on its own ready and resize messages', () => {
    const iframe = frameOf();
    send({ source: 'parley', version: 1, type: 'ready', height: 480 }, iframe.contentWindow);
    expect(iframe.style.visibility).toBe('visible');
    expect(iframe.style.height).toBe('480px');
    send({ source: 'parley', version: 1, type: 'resize', height: 910 }, iframe.contentWindow);
    expect(iframe.style.height).toBe('910px');
  });

  it('ignores messages from another window, another origin, or of the wrong shape', () => {
    const iframe = frameOf();
    send({ source: 'parley', version: 1, type: 'resize', height: 300 }, iframe.contentWindow);
    send({ source: 'parley', version: 1, type: 'resize', height: 5 }, window);
    send(
      { source: 'parley', version: 1, type: 'resize', height: 5 },
      iframe.contentWindow,
      'https://stranger.example',
    );
    send({ source: 'parley', version: 1, type: 'resize', height: '5' }, iframe.contentWindow);
    expect(iframe.style.height).toBe('300px');
  });

  it('mounts more embeds that work independently, and destroys them', () => {
    const target = document.createElement('div');
    document.body.append(target);
    const second = window.Parley!.mount(target, { article: 'other-article' });
    second.iframe.dataset.extra = 'yes';
    send(
      { source: 'parley', version: 1, type: 'resize', height: 222 },
      second.iframe.contentWindow,
    );
    expect(second.iframe.style.height).toBe('222px');
    expect(frameOf().style.height).not.toBe('222px');
    second.destroy();
    expect(target.querySelector('iframe')).toBeNull();
    expect(window.Parley!.embeds).toHaveLength(1);
  });

  it('changes the theme of every embed', () => {
    window.Parley!.setTheme('light');
    expect(frameOf().style.colorScheme).toBe('light');
  });

  it.each([
    ['#comment-7', '#comment-7'],
    ['#comment-%E0', ''],
    ['#comment-%', ''],
    ['#section-2', ''],
  ])('opens the frame at the permalink of the host page’s %s, or none (%j)', (hash, fragment) => {
    history.replaceState(null, '', hash);
    const target = document.createElement('div');
    document.body.append(target);
    const embed = window.Parley!.mount(target, { article: 'other-article' });
    embed.iframe.dataset.extra = 'yes';
    expect(new URL(embed.iframe.src).hash).toBe(fragment);
    history.replaceState(null, '', location.pathname);
  });
});
