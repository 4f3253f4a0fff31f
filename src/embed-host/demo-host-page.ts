/**
 * A page of "someone else's site" that embeds Parley with the documented snippet: two articles,
 * and a theme switch that calls the host API. Served by `npm run demo:host` and by the browser
 * tests, always from an origin other than Parley's.
 */
export function demoHostPage({
  parleyUrl,
  articles,
}: {
  parleyUrl: string;
  articles: readonly string[];
}) {
  const [first, ...others] = articles;
  const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>A site that embeds Parley</title>
<style>
  /* Like a site that follows the system's colour scheme, which is what data-theme="auto" expects. */
  body { margin: 0; font: 17px/1.6 Georgia, serif; background: #f4f1ea; color: #222; }
  body.dark { background: #101418; color: #ddd; }
  @media (prefers-color-scheme: dark) {
    body:not(.light) { background: #101418; color: #ddd; }
  }
  main { max-width: 44rem; margin: 0 auto; padding: 1rem; }
  .theme { position: sticky; top: 0; padding: .5rem 1rem; background: inherit; border-bottom: 1px solid #8884; }
  section { margin: 2rem 0 4rem; }
</style>
</head>
<body>
<div class="theme">Theme:
  <button type="button" data-theme="light">Light</button>
  <button type="button" data-theme="dark">Dark</button>
  <button type="button" data-theme="auto">Auto</button>
</div>
<main>
  <h1>The host's own blog post</h1>
  <p>This page lives on another site. Below it, Parley shows the discussion.</p>
  <section id="first">
    <h2>Discussion</h2>
    <script src="${escape(parleyUrl)}/embed.js" data-article="${escape(first ?? '')}" data-theme="auto" async></script>
  </section>
${others
  .map(
    (slug) => `  <section>
    <h2>Another article, in full</h2>
    <div data-parley-article="${escape(slug)}" data-parley-view="full"></div>
  </section>`,
  )
  .join('\n')}
</main>
<script>
  for (const button of document.querySelectorAll('[data-theme]')) {
    button.addEventListener('click', () => {
      const theme = button.dataset.theme;
      document.body.className = theme === 'auto' ? '' : theme;
      window.Parley && window.Parley.setTheme(theme);
    });
  }
</script>
</body>
</html>
`;
}
