import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Sizes of some bytes as served: raw, gzip -9 and brotli at its best quality. */
export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export function sizesOf(bytes: Buffer): Sizes {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
    }).length,
  };
}

const add = (a: Sizes, b: Sizes): Sizes => ({
  raw: a.raw + b.raw,
  gzip: a.gzip + b.gzip,
  brotli: a.brotli + b.brotli,
});
const zero: Sizes = { raw: 0, gzip: 0, brotli: 0 };

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/**
 * A view of the client and the modules it loads on demand before its first content is on screen
 * (each with what it imports). Everything else it may load later (the reply form, say) is
 * counted apart, as `later`.
 */
export interface ViewDefinition {
  name: string;
  label: string;
  /** Source paths of dynamically imported modules the view needs for its first content. */
  firstContent: readonly string[];
  /**
   * Modules the first content needs that older builds split out (a `--baseline` checkout): their
   * chunks count where they exist; in this build they are part of the entry.
   */
  firstContentIfSplit?: readonly string[];
  /**
   * The server renders the first content into the page's HTML (src/server/embed-first-view.ts):
   * before it, the view needs its CSS and this boot script only. Builds without the script (a
   * `--baseline` checkout from before) are measured by `firstContent`.
   */
  serverRenderedWith?: string;
  /** The target for the first content's JS + CSS, gzip -9, in bytes. */
  gzipBudget?: number;
}

/** Before the Sanitizer API, the article body and DOMPurify loaded as a chunk of their own. */
const articleBodyChunk = 'src/client/article/article-body.tsx';

export const clientViews: readonly ViewDefinition[] = [
  {
    name: 'embed',
    label: 'Embed page, comments view (/embed/<slug>): thread and form rendered by the server',
    // Before the server rendered it, the frame showed once the app had rendered it all, Leave
    // a Reply form included.
    firstContent: ['src/client/reply/reply-form.tsx'],
    serverRenderedWith: 'embed-frame.js',
    gzipBudget: 95_000,
  },
  {
    name: 'embed-app',
    label: 'Embed page: the app that takes over from the server’s first view (loads after it)',
    firstContent: ['src/client/reply/reply-form.tsx'],
  },
  {
    name: 'reader',
    label: 'Full reader (/articles/<slug>): article and comments',
    // Chromium and Firefox sanitise the article's HTML themselves (Element.setHTML).
    firstContent: [],
    firstContentIfSplit: [articleBodyChunk],
    gzipBudget: 110_000,
  },
  {
    name: 'reader-dompurify',
    label: 'Full reader, browser without the Sanitizer API (DOMPurify loads first)',
    firstContent: ['src/client/article/purified-article-body.tsx'],
    firstContentIfSplit: [articleBodyChunk],
    gzipBudget: 110_000,
  },
  {
    name: 'reader-large',
    label: 'Full reader, discussion of 60 threads or more (windowed list)',
    firstContent: ['src/client/thread/virtual-root-list.tsx'],
    firstContentIfSplit: [articleBodyChunk],
    gzipBudget: 110_000,
  },
];

export const hostScript = { name: 'host', label: 'Host script (/embed.js)', gzipBudget: 1_500 };
/** Comment counts on a host's index pages (issue 17: at most 1 KB gzipped). */
export const countScript = {
  name: 'count',
  label: 'Count script for index pages (/count.js)',
  gzipBudget: 1_000,
};

export interface ViewBytes {
  name: string;
  label: string;
  gzipBudget?: number | undefined;
  /** JS and CSS files the first content needs. */
  files: string[];
  first: Sizes;
  /** What the view may load afterwards (dynamic imports not needed for its first content). */
  later: Sizes;
  /** Listed first-content modules that this build does not split out (an older build). */
  notSplit: string[];
}

/**
 * Reads a production build (`dist/client` with Vite's manifest) and adds up, per view, the JS
 * and CSS that must arrive before the view's first content, each file compressed on its own as
 * a server would send it.
 */
export function measureViews(clientDir: string): {
  views: ViewBytes[];
  host: ViewBytes;
  /** Builds from before count.js have none. */
  count?: ViewBytes;
} {
  const manifestFile = join(clientDir, '.vite', 'manifest.json');
  if (!existsSync(manifestFile)) {
    throw new Error(`${manifestFile} is missing: build with build.manifest on (vite.config.ts).`);
  }
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
  const entry = Object.values(manifest).find(
    (chunk) => chunk.isEntry && chunk.src === 'index.html',
  );
  if (!entry) throw new Error('The manifest has no index.html entry.');
  const sizeCache = new Map<string, Sizes>();
  const sizeOfFile = (file: string) => {
    let sizes = sizeCache.get(file);
    if (!sizes) sizeCache.set(file, (sizes = sizesOf(readFileSync(join(clientDir, file)))));
    return sizes;
  };

  /** Files of `keys` and everything they import statically. */
  const closure = (keys: readonly string[], into = new Set<string>(), seen = new Set<string>()) => {
    for (const key of keys) {
      if (seen.has(key)) continue;
      seen.add(key);
      const chunk = manifest[key];
      if (!chunk) continue;
      into.add(chunk.file);
      for (const css of chunk.css ?? []) into.add(css);
      closure(chunk.imports ?? [], into, seen);
    }
    return into;
  };
  const entryKey = Object.keys(manifest).find((key) => manifest[key] === entry)!;
  const everything = closure(Object.keys(manifest));
  const total = (files: Iterable<string>) =>
    [...files].reduce((sum, file) => add(sum, sizeOfFile(file)), zero);

  const views = clientViews.map((view): ViewBytes => {
    const present = [...view.firstContent, ...(view.firstContentIfSplit ?? [])].filter(
      (src) => manifest[src],
    );
    const boot = view.serverRenderedWith;
    const files =
      boot && existsSync(join(clientDir, boot))
        ? new Set([...closure([entryKey])].filter((file) => file.endsWith('.css')).concat(boot))
        : closure([entryKey, ...present]);
    const later = [...everything].filter((file) => !files.has(file) && /\.(js|css)$/.test(file));
    return {
      name: view.name,
      label: view.label,
      gzipBudget: view.gzipBudget,
      files: [...files].sort(),
      first: total(files),
      later: total(later),
      notSplit: view.firstContent.filter((src) => !manifest[src]),
    };
  });
  const script = (about: typeof hostScript, file: string): ViewBytes => ({
    ...about,
    files: [file],
    first: sizeOfFile(file),
    later: zero,
    notSplit: [],
  });
  const host = script(hostScript, 'embed.js');
  if (!existsSync(join(clientDir, 'count.js'))) return { views, host };
  return { views, host, count: script(countScript, 'count.js') };
}
