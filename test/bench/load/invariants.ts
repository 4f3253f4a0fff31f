import type { StoredCount } from './count-stored';
import type { LoadReport } from './run-load';

/**
 * What a load run must show, as a list of broken promises (empty when all hold): every comment
 * posted exactly once, every acknowledged one stored under the id it was given, readers served.
 */
export function brokenInvariants(
  report: LoadReport,
  stored: StoredCount,
  { maxReadGapMs }: { maxReadGapMs: number },
): string[] {
  const { comments, duplicateEvery } = report.options;
  const duplicates = Math.ceil(comments / duplicateEvery);
  const broken: string[] = [];
  const expect = (ok: boolean, what: string) => {
    if (!ok) broken.push(what);
  };
  expect(report.postFailures.length === 0, `posts failed: ${report.postFailures.slice(0, 5)}`);
  expect(report.acknowledged.size === comments, `acknowledged ${report.acknowledged.size}`);
  expect(report.created === comments, `${report.created} answers said "new", not ${comments}`);
  expect(report.replayed === duplicates, `${report.replayed} replays, not ${duplicates}`);
  expect(
    report.duplicateMismatches.length === 0,
    `duplicates answered inconsistently: ${report.duplicateMismatches.slice(0, 5)}`,
  );
  expect(stored.rows === comments, `${stored.rows} rows stored, not ${comments}`);
  expect(stored.distinctKeys === comments, `${stored.distinctKeys} distinct keys stored`);
  expect(stored.distinctBodies === comments, `${stored.distinctBodies} distinct bodies stored`);
  const lost = [...report.acknowledged].filter(([key, id]) => stored.idByKey.get(key) !== id);
  expect(lost.length === 0, `acknowledged but not stored as acknowledged: ${lost.slice(0, 5)}`);
  expect(report.readFailures.length === 0, `reads failed: ${report.readFailures.slice(0, 5)}`);
  expect(
    report.readsPerQuarter.every((reads) => reads > 0),
    `readers not served throughout: reads per quarter of the run ${report.readsPerQuarter}`,
  );
  expect(
    report.longestReadGapMs <= maxReadGapMs,
    `readers went ${report.longestReadGapMs} ms without an answer (at most ${maxReadGapMs})`,
  );
  return broken;
}
