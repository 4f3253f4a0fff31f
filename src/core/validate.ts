import * as v from 'valibot';

/** The first problem a schema found, as a dotted field path and a message a person can act on. */
export interface ValidationIssue {
  field: string | undefined;
  message: string;
}

export function firstIssue(issues: readonly v.BaseIssue<unknown>[]): ValidationIssue {
  const issue = issues[0];
  if (!issue) return { field: undefined, message: 'is not valid' };
  const field = v.getDotPath(issue) ?? undefined;
  return { field, message: issue.message };
}

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
