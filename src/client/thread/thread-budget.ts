import { createContext, use } from 'react';

/** Which comments of a top-level thread are shown, and how to show more of them. */
export interface ThreadBudget {
  /** Null when every comment of the thread is shown. */
  visible: ReadonlySet<string> | null;
  showMore(): void;
}

export const BudgetContext = createContext<ThreadBudget | null>(null);

export function useThreadBudget(): ThreadBudget | null {
  return use(BudgetContext);
}
