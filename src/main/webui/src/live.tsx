import { createContext, useContext } from 'react';
import type { Api } from './client';

/** The API of the current view (client.ts): timelines hear from its socket when it (re)connects. */
export const LiveContext = createContext<Pick<Api, 'socket' | 'isConnected'> | null>(null);

export function useLive(): Pick<Api, 'socket' | 'isConnected'> | null {
  return useContext(LiveContext);
}
