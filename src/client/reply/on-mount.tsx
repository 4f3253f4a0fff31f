import { useEffect } from 'react';

/** Calls `run` once it has been committed: inside a Suspense boundary, once the boundary shows. */
export function OnMount({ run }: { run?: (() => void) | undefined }) {
  useEffect(() => run?.(), [run]);
  return null;
}
