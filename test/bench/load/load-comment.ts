/** The body of a POST for comment `n` of a load run: its key and text both name the run and `n`. */
export function loadComment(runId: string, n: number, clientNo: number, parentId: string | null) {
  return {
    parentId,
    author: { name: `Load client ${clientNo}`, email: `client${clientNo}@load.test` },
    body: `${runId} comment ${n}`,
    idempotencyKey: loadKey(runId, n),
  };
}

/** Idempotency keys of a run share its prefix, which is how count-stored.ts finds them. */
export const loadKey = (runId: string, n: number) => `${runId}-${n}`;

/** SQL LIKE pattern of a run's keys (run ids are letters, digits and "-", never "%" or "_"). */
export const loadKeyPattern = (runId: string) => `${runId}-%`;
