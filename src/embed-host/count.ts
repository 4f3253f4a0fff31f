/**
 * The host-page script for index pages (/count.js): every link
 *
 *   <a href="/post/slug" data-parley-count="SLUG">Comments</a>
 *   <script src="https://PARLEY/count.js" data-lang="es" async></script>
 *
 * gets its text replaced by its article's count, "12 comments", in the page's language
 * (`data-lang` on the script, else `<html lang>`). One request for the whole page (one per 100
 * articles). A link whose count does not come (an unknown article, a network error) keeps its
 * own text: nothing is announced, the words simply change once.
 */
import {
  countsPath,
  countsPerRequestMax,
  countsSeparator,
  isArticleId,
} from '../core/comment-counts';

const script = document.currentScript as HTMLScriptElement | null;
const parleyOrigin = new URL(script?.src ?? '/', location.href).origin;

/** The word for one comment and for any other number, per language. */
const words: Record<string, [string, string]> = {
  en: ['comment', 'comments'],
  es: ['comentario', 'comentarios'],
};

/** "12 comments" in `lang`'s words and number format; English for a language it has no words for. */
function countText(count: number, lang: string): string {
  let locale = 'en';
  try {
    // A tag Intl cannot read (data-lang="??") throws: English, then.
    const [canonical] = Intl.getCanonicalLocales(lang);
    if (canonical && words[canonical.split('-')[0]!]) locale = canonical;
  } catch {
    // keep English
  }
  const [one, other] = words[locale.split('-')[0]!]!;
  const plural = new Intl.PluralRules(locale).select(count);
  return `${count.toLocaleString(locale)} ${plural === 'one' ? one : other}`;
}

async function showCounts(ids: string[], linksOf: Map<string, HTMLElement[]>, lang: string) {
  try {
    const query = ids.map(encodeURIComponent).join(countsSeparator);
    const response = await fetch(`${parleyOrigin}${countsPath}?articles=${query}`, {
      credentials: 'omit',
    });
    if (!response.ok) return;
    const { counts } = (await response.json()) as { counts?: Record<string, unknown> };
    for (const id of ids) {
      const count = counts?.[id];
      // Not an inherited property either ("constructor"): no prototype's property is a number.
      if (typeof count !== 'number') continue;
      for (const link of linksOf.get(id)!) link.textContent = countText(count, lang);
    }
  } catch {
    // Nothing shown: each link keeps the words it had.
  }
}

function start() {
  const linksOf = new Map<string, HTMLElement[]>();
  for (const link of document.querySelectorAll<HTMLElement>('a[data-parley-count]')) {
    const id = link.dataset.parleyCount!;
    // An id the server would refuse would cost every other link its count: left alone.
    if (!isArticleId(id)) continue;
    const same = linksOf.get(id);
    if (same) same.push(link);
    else linksOf.set(id, [link]);
  }
  const ids = [...linksOf.keys()];
  const lang = script?.dataset.lang || document.documentElement.lang || 'en';
  for (let i = 0; i < ids.length; i += countsPerRequestMax) {
    void showCounts(ids.slice(i, i + countsPerRequestMax), linksOf, lang);
  }
}

// An async script may run before the links are parsed.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
