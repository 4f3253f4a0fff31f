import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CommentBody } from '../../src/client/thread/comment-body';
import { CommentHtml } from '../../src/client/thread/comment-html';

describe('a comment that comes as HTML (WordPress)', () => {
  it('keeps the inline formatting and links, marked as user content', () => {
    render(
      <CommentHtml
        html={
          '<p>Not <strong>sure</strong>.</p>\n<p>See <a href="https://example.com/s">this</a>.</p>'
        }
      />,
    );
    expect(screen.getByText('sure').tagName).toBe('STRONG');
    expect(screen.getByRole('link', { name: 'this' })).toHaveAttribute(
      'rel',
      'nofollow ugc noopener',
    );
  });

  it('shows the text while the sanitiser loads, then the HTML', async () => {
    render(<CommentBody text="Not sure." html="<p>Not <strong>sure</strong>.</p>" />);
    expect((await screen.findByText('sure')).tagName).toBe('STRONG');
  });

  it('drops scripts, event handlers, images, styles and javascript: links', () => {
    const { container } = render(
      <CommentHtml
        html={
          '<p style="color:red" class="x" onclick="alert(1)">Hello <img src="x" onerror="alert(2)">' +
          '<script>alert(3)</script><a href="javascript:alert(4)">bad</a> world</p>' +
          '<h1>Big</h1><table><tr><td>cell</td></tr></table>'
        }
      />,
    );
    const body = container.querySelector('.comment__body')!;
    expect(body.querySelector('script, img, h1, table, [style], [class], [onclick]')).toBeNull();
    expect(body.querySelector('a')?.getAttribute('href') ?? null).toBeNull();
    expect(body.textContent).toBe('Hello bad worldBigcell');
  });

  it('shows plain text (never HTML) when there is no HTML', () => {
    render(<CommentBody text={'<b>not bold</b>'} />);
    expect(screen.getByText('<b>not bold</b>')).toBeInTheDocument();
  });
});
