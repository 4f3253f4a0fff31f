import { metrics, type Audit, type Metric } from './audit-page';
import { categories, targetsFor, type AuditedPage, type Category } from './lighthouse-targets';

export interface LighthouseRun {
  date: string;
  /** `chromium --version`: the user agent hides all but the major version. */
  browser: string;
  cpus: string;
  results: (Audit & { page: AuditedPage })[];
}

const categoryTitles: Record<Category, string> = {
  performance: 'Performance',
  accessibility: 'Accessibility',
  'best-practices': 'Best practices',
  seo: 'SEO',
};

const metricTitles: Record<Metric, string> = {
  'first-contentful-paint': 'FCP',
  'largest-contentful-paint': 'LCP',
  'total-blocking-time': 'TBT',
  'cumulative-layout-shift': 'CLS',
  'speed-index': 'Speed Index',
};

const table = (headings: string[], rows: string[][]) => [
  `| ${headings.join(' | ')} |`,
  `| ${headings.map((_, i) => (i < 2 ? '---' : '---:')).join(' | ')} |`,
  ...rows.map((cells) => `| ${cells.join(' | ')} |`),
];

/** docs/bench/lighthouse.md: the scores against their targets, the metrics, and what to fix. */
export function lighthouseMarkdown(run: LighthouseRun): string {
  const first = run.results[0];
  const label = (result: LighthouseRun['results'][number]) => [
    `${result.page.name} \`${result.page.path}\``,
    result.formFactor,
  ];
  const scoreRows = run.results.map((result) => [
    ...label(result),
    ...categories.map((category) => {
      const score = result.scores[category];
      const target = targetsFor(result.page.name, result.formFactor).find(
        (t) => t.category === category,
      );
      if (!target) return String(score);
      return score >= target.min ? `${score} ✓` : `${score} ✗ (target ${target.min})`;
    }),
  ]);
  const metricRows = run.results.map((result) => [
    ...label(result),
    ...metrics.map((metric) => result.metrics[metric]),
  ]);
  // Performance's own audits are the metrics above; the other categories' failures are listed.
  const below = run.results.flatMap((result) =>
    result.failing
      .filter((audit) => audit.category !== 'performance')
      .map(
        (audit) =>
          `- ${label(result).join(', ')}, ${categoryTitles[audit.category]}: ${audit.title} (\`${audit.id}\`)`,
      ),
  );
  const opportunities = run.results
    .filter((result) => result.opportunities.length > 0)
    .map((result) => `- ${label(result).join(', ')}: ${result.opportunities.join('; ')}`);
  return [
    '# Lighthouse scores',
    '',
    `Written by \`npm run lighthouse\` on ${run.date}: Lighthouse ${first?.lighthouseVersion ?? '?'} ` +
      `in ${run.browser}, on ${run.cpus} (Lighthouse's benchmark index ` +
      `${first?.benchmarkIndex ?? '?'}). Mobile is Lighthouse's default (a mid-range phone, ` +
      'simulated slow 4G and 4× CPU slowdown); desktop is its desktop preset. The full reports ' +
      'are in test-results/lighthouse/.',
    '',
    'Accessibility and best practices must be 100 on every page: below that, `npm run lighthouse` ' +
      'and CI fail. SEO (at least 95 on the reader) and performance (at least 95 on mobile) are ' +
      'targets recorded here, not enforced, as performance moves with the machine’s load.',
    '',
    ...table(['Page', 'Form factor', ...categories.map((c) => categoryTitles[c])], scoreRows),
    '',
    '## Metrics',
    '',
    ...table(['Page', 'Form factor', ...metrics.map((m) => metricTitles[m])], metricRows),
    '',
    '## Below full marks in accessibility, best practices or SEO',
    '',
    ...(below.length > 0 ? below : ['None.']),
    '',
    '## What Lighthouse suggests for performance',
    '',
    ...(opportunities.length > 0 ? opportunities : ['Nothing.']),
    '',
  ].join('\n');
}
