/**
 * Structured logs: one JSON object per line, so a log shipper or `jq` can read them. Injected
 * through ServerConfig, so tests stay quiet and can look at what was logged.
 */
export type LogRecord = {
  level: 'info' | 'error';
  msg: string;
} & Record<string, string | number | boolean | undefined>;

export type Logger = (record: LogRecord) => void;

export const silentLogger: Logger = () => {};

/** Info to stdout, errors to stderr, each record with the time it was written. */
export function jsonLogger(
  out: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
  err: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Logger {
  return (record) =>
    (record.level === 'error' ? err : out)(
      JSON.stringify({ time: new Date().toISOString(), ...record }),
    );
}

/** PARLEY_LOG: "requests" (the default) logs every request and every error; "errors" only errors. */
export function loggerFromEnv(value: string | undefined): Logger {
  const log = jsonLogger();
  if (value === undefined || value === '' || value === 'requests') return log;
  if (value === 'errors') return (record) => (record.level === 'error' ? log(record) : undefined);
  throw new Error(`PARLEY_LOG must be "requests" or "errors", not "${value}".`);
}
