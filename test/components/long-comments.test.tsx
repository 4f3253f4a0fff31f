import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../src/client/i18n/i18n-context';
import { loadLanguage, type Locale } from '../../src/client/i18n/locale';
import { CommentBody, paragraphsOf } from '../../src/client/thread/comment-body';
import { isSurelyLong, LongComment } from '../../src/client/thread/long-comment';

const languages = { en: await loadLanguage('en'), es: await loadLanguage('es') };
const inLanguage = (children: ReactNode, locale: Locale = 'en') => (
  <I18nProvider language={languages[locale]}>{children}</I18nProvider>
);

const longText = 'A long comment, line after line of it. '.repeat(300).trim();
const shortText = 'A short comment.';

/**
 * jsdom lays nothing out: a comment's height here is 100 px for a short text and 5,000 px for
 * a long one (`tall` marks the ones that grew), cut to 384 px while the cut applies, as
 * styles.css does.
 */
let tall = new Set<string>();
const contentHeight = (element: HTMLElement) =>
  (element.textContent?.length ?? 0) > 1000 || tall.has(element.id) ? 5000 : 100;
beforeEach(() => {
  tall = new Set();
  vi.spyOn(HTMLElement.prototype, 'scrollHeight', 'get').mockImplementation(function (
    this: HTMLElement,
  ) {
    return contentHeight(this);
  });
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (
    this: HTMLElement,
  ) {
    const height = contentHeight(this);
    return this.classList.contains('long-comment--cut') ? Math.min(height, 384) : height;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

function Comment({ id = '7', text }: { id?: string; text: string }) {
  return (
    <article id={`comment-${id}`}>
      <LongComment id={id} author="Clyde Duncan" text={text}>
        <CommentBody text={text} />
      </LongComment>
    </article>
  );
}

describe('a long comment', () => {
  it('is cut, with a "Show more" button that shows it whole and cuts it again', async () => {
    render(inLanguage(<Comment text={longText} />));
    const user = userEvent.setup();
    const button = screen.getByRole('button', { name: 'Show more of the comment by Clyde Duncan' });
    expect(button).toHaveTextContent('Show more');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    const text = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(text).toHaveClass('long-comment--cut', 'long-comment--clip', 'long-comment--faded');
    // Cut for the eye only: every word is still there for a screen reader.
    expect(text.textContent).toBe(longText);

    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(button).toHaveTextContent('Show less');
    expect(button).toHaveAccessibleName('Show less of the comment by Clyde Duncan');
    expect(text).not.toHaveClass('long-comment--cut');

    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(text).toHaveClass('long-comment--cut');
  });

  it('is reached and opened with the keyboard alone', async () => {
    render(inLanguage(<Comment text={longText} />));
    const user = userEvent.setup();
    await user.tab();
    const button = screen.getByRole('button', { name: /^Show more/ });
    expect(button).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard(' ');
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('opens when focus or the browser’s find scrolls the cut box to words below the cut', () => {
    render(inLanguage(<Comment text={longText} />));
    const button = screen.getByRole('button', { name: /^Show more/ });
    const text = document.getElementById(button.getAttribute('aria-controls')!)!;
    text.scrollTop = 200;
    act(() => {
      text.dispatchEvent(new Event('scroll'));
    });
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(text.scrollTop).toBe(0);
  });

  it('has no button when it fits, and no hidden overflow to clip focus rings', () => {
    render(inLanguage(<Comment text={shortText} />));
    expect(screen.queryByRole('button')).toBeNull();
    const text = document.getElementById('comment-7-text')!;
    expect(text).toHaveClass('long-comment--cut');
    expect(text).not.toHaveClass('long-comment--clip');
  });

  it('is measured again when its size changes (a narrower screen makes it taller)', () => {
    let notify: ResizeObserverCallback = () => undefined;
    const observed: Element[] = [];
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(callback: ResizeObserverCallback) {
          notify = callback;
        }
        observe(element: Element) {
          observed.push(element);
        }
        unobserve() {}
        disconnect() {}
      },
    );
    render(inLanguage(<Comment id="70" text={shortText} />));
    const text = document.getElementById('comment-70-text')!;
    expect(observed).toContain(text);
    const resized = () =>
      act(() => notify([{ target: text } as unknown as ResizeObserverEntry], {} as ResizeObserver));
    resized();
    expect(screen.queryByRole('button')).toBeNull();

    tall.add(text.id);
    resized();
    expect(screen.getByRole('button', { name: /^Show more/ })).toBeInTheDocument();
    expect(text).toHaveClass('long-comment--clip');
  });

  it('is labelled in Spanish', () => {
    render(inLanguage(<Comment text={longText} />, 'es'));
    const button = screen.getByRole('button', {
      name: 'Mostrar más del comentario de Clyde Duncan',
    });
    expect(button).toHaveTextContent('Mostrar más');
  });

  it('is cut in the server’s HTML too, with its button when surely long, and no style attribute', () => {
    const long = renderToString(inLanguage(<Comment text={longText} />));
    expect(long).toContain('class="long-comment long-comment--cut long-comment--clip');
    expect(long).toContain('aria-expanded="false"');
    expect(long).toContain('>Show more</button>');
    expect(long).not.toContain('style=');
    // Not measured, so not known to fit: cut and clipped, the browser decides about the button.
    const short = renderToString(inLanguage(<Comment text={shortText} />));
    expect(short).toContain('long-comment--clip');
    expect(short).not.toContain('<button');
    // 3,333 one-character paragraphs are surely long.
    expect(isSurelyLong('.\n\n'.repeat(3333))).toBe(true);
    expect(isSurelyLong(shortText)).toBe(false);
  });
});

describe('blank lines in a comment', () => {
  it('make one paragraph break however many there are, invisible characters included', () => {
    expect(paragraphsOf('One.\n\n\n\n\nTwo.\n \n\t\nThree.')).toEqual(['One.', 'Two.', 'Three.']);
    // Zero-width spaces, a Hangul filler, the blank Braille pattern: lines that show nothing.
    expect(paragraphsOf('One.\n\u200b\n\u3164\u2800\n\ufeffTwo.')).toEqual(['One.', '\ufeffTwo.']);
    // A single line break stays a line break inside its paragraph.
    expect(paragraphsOf('Line one\nline two\r\nline three')).toEqual([
      'Line one\nline two\nline three',
    ]);
    expect(paragraphsOf('\n\n\u200b\n')).toEqual([]);
  });

  it('take no room: 3,333 blank paragraphs between two words are one break', () => {
    const { container } = render(
      <CommentBody text={`First.${'\n\n\u200b'.repeat(3333)}\n\nLast.`} />,
    );
    const paragraphs = within(container).getAllByText(/First|Last/);
    expect(paragraphs.map((p) => p.textContent)).toEqual(['First.', 'Last.']);
    expect(container.querySelectorAll('p')).toHaveLength(2);
  });
});
