import { useCallback, useEffect, useState } from 'react';

/**
 * Calls `onSettled` once the discussion has stopped changing: its comments loaded (or failed)
 * and, where one is coming, the form below them shown. Returns the form's `onShown`.
 */
export function useDiscussionSettled(
  settled: boolean,
  formComing: boolean,
  onSettled: (() => void) | undefined,
): () => void {
  const [formShown, setFormShown] = useState(false);
  const onFormShown = useCallback(() => setFormShown(true), []);
  useEffect(() => {
    if (settled && (formShown || !formComing)) onSettled?.();
  }, [settled, formShown, formComing, onSettled]);
  return onFormShown;
}
