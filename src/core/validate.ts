import * as v from 'valibot';
import { problemOf, type InputProblem } from './input-problems';

/**
 * The first problem a schema found, as a dotted field path and a message for developers (logs,
 * reports). A problem a reader can fix also has its code (input-problems.ts), which the reader's
 * catalogue and the server's API messages put into words.
 */
export interface ValidationIssue {
  field: string | undefined;
  message: string;
  problem: InputProblem | undefined;
}

export function firstIssue(issues: readonly v.BaseIssue<unknown>[]): ValidationIssue {
  const issue = issues[0];
  if (!issue) return { field: undefined, message: 'is not valid', problem: undefined };
  const field = v.getDotPath(issue) ?? undefined;
  const problem = problemOf(issue);
  return { field, message: problem ? codeWithParams(problem) : issue.message, problem };
}

/** "nameTooLong (max 100)": a coded problem, readable in a log without a catalogue. */
const codeWithParams = ({ code, params }: InputProblem) => {
  const values = Object.entries(params).map(([name, value]) => `${name} ${value}`);
  return values.length === 0 ? code : `${code} (${values.join(', ')})`;
};

/** A response that does not match the contract: the UI shows it as an error, never crashes on it. */
export class ContractError extends Error {
  readonly issue: ValidationIssue;
  constructor(what: string, issue: ValidationIssue) {
    const where = issue.field ? `${issue.field}: ` : '';
    super(`${what} did not have the expected shape (${where}${issue.message}).`);
    this.name = 'ContractError';
    this.issue = issue;
  }
}

/** Validates `value` against `schema`, throwing a ContractError that names `what` was wrong. */
export function parseContract<S extends v.GenericSchema>(
  schema: S,
  value: unknown,
  what: string,
): v.InferOutput<S> {
  const result = v.safeParse(schema, value);
  if (!result.success) throw new ContractError(what, firstIssue(result.issues));
  return result.output;
}

/** Something a source sent that was left out, with the first problem found in it. */
export interface DroppedItem {
  what: string;
  index: number;
  /** The item's own `id`, when it has a usable one, so the record can be found at its source. */
  id: string | undefined;
  issue: ValidationIssue;
}

/** By default a dropped item is reported in the console, where a developer or operator looks. */
export function warnDropped({ what, index, id, issue }: DroppedItem): void {
  const where = issue.field ? `${issue.field}: ` : '';
  console.warn(
    `Parley left out ${what} ${id === undefined ? `#${index}` : `"${id}"`}: ${where}${issue.message}`,
  );
}

/**
 * The items of `items` that `schema` accepts, as it outputs them; each of the others is passed
 * to `onDropped` and left out, so one bad record costs itself and nothing else.
 */
export function keepValid<S extends v.GenericSchema>(
  schema: S,
  items: readonly unknown[],
  what: string,
  onDropped: (dropped: DroppedItem) => void = warnDropped,
): v.InferOutput<S>[] {
  const kept: v.InferOutput<S>[] = [];
  items.forEach((item, index) => {
    const result = v.safeParse(schema, item);
    if (result.success) kept.push(result.output);
    else onDropped({ what, index, id: idOf(item), issue: firstIssue(result.issues) });
  });
  return kept;
}

function idOf(item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null || !('id' in item)) return undefined;
  const { id } = item;
  return (typeof id === 'string' || typeof id === 'number') && String(id).length <= 40
    ? String(id)
    : undefined;
}

/** An array schema that keeps the items `item` accepts and reports the rest (`keepValid`). */
export const validItems = <S extends v.GenericSchema>(item: S, what: string) =>
  v.pipe(
    v.array(v.unknown()),
    v.transform((items) => keepValid(item, items, what)),
  );
