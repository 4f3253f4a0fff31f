import lighthouse, { desktopConfig, type Flags } from 'lighthouse';
import { categories, type Category, type FormFactor, type Scores } from './lighthouse-targets';

export const metrics = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
] as const;
export type Metric = (typeof metrics)[number];

export interface Audit {
  url: string;
  formFactor: FormFactor;
  scores: Scores;
  /** Audits that scored below 1, per category: what to fix. */
  failing: { category: Category; id: string; title: string }[];
  /** Performance's metrics as Lighthouse shows them ("2.8 s", "0.12"). */
  metrics: Record<Metric, string>;
  /** What Lighthouse expects would speed the page up, largest saving first. */
  opportunities: string[];
  /** The full report as HTML, for a person to read. */
  html: string;
  lighthouseVersion: string;
  /** The browser's user agent, with its version. */
  userAgent: string;
  /** Lighthouse's measure of the machine's speed: scores read differently on a slow box. */
  benchmarkIndex: number;
}

/**
 * One Lighthouse run over `url` in the Chromium listening on `port`. Mobile is Lighthouse's default
 * (a mid-range phone on a throttled connection, simulated); desktop is its desktop preset.
 */
export async function auditPage(url: string, port: number, formFactor: FormFactor): Promise<Audit> {
  const flags: Flags = {
    port,
    logLevel: 'error',
    output: 'html',
    onlyCategories: [...categories],
  };
  const result = await lighthouse(url, flags, formFactor === 'desktop' ? desktopConfig : undefined);
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
  // An audit that crashed scores null and quietly drags its category down: say so instead.
  const crashed = Object.values(lhr.audits).filter((audit) => audit.errorMessage);
  if (crashed.length > 0) {
    const list = crashed.map((audit) => `${audit.id}: ${audit.errorMessage}`).join('\n  ');
    throw new Error(`Lighthouse audits crashed on ${url}:\n  ${list}`);
  }
  const scores = Object.fromEntries(
    categories.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
  ) as Scores;
  const failing = categories.flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id]!)
      .filter((audit) => audit.score !== null && audit.score < 1)
      .map((audit) => ({ category, id: audit.id, title: audit.title })),
  );
  const opportunities = Object.values(lhr.audits)
    .flatMap((audit) =>
      audit.details?.type === 'opportunity' && audit.score !== null && audit.score < 1
        ? [
            {
              ms: audit.details.overallSavingsMs ?? 0,
              text: `${audit.title}: ${audit.displayValue}`,
            },
          ]
        : [],
    )
    .filter((opportunity) => opportunity.ms > 0)
    .sort((a, b) => b.ms - a.ms)
    .map((opportunity) => opportunity.text);
  const report = result.report;
  return {
    url,
    formFactor,
    scores,
    failing,
    metrics: Object.fromEntries(
      metrics.map((id) => [id, lhr.audits[id]?.displayValue ?? '?']),
    ) as Record<Metric, string>,
    opportunities,
    html: Array.isArray(report) ? report[0]! : report,
    lighthouseVersion: lhr.lighthouseVersion,
    userAgent: lhr.environment.hostUserAgent,
    benchmarkIndex: lhr.environment.benchmarkIndex,
  };
}
