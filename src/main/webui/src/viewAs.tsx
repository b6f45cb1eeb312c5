import { createContext, useContext } from 'react';

/**
 * "View dashboard as" an account. Kept in the page's memory (never in web storage): a reload or a new tab starts in
 * the platform's view, so nobody lands in an account's view without having chosen it there.
 */
export interface ViewAs {
  /** acct_ id, or null for the platform's own view. */
  accountId: string | null;
  start: (accountId: string) => void;
  leave: () => void;
}

export const ViewAsContext = createContext<ViewAs>({ accountId: null, start: () => undefined, leave: () => undefined });

export function useViewAs(): ViewAs {
  return useContext(ViewAsContext);
}
