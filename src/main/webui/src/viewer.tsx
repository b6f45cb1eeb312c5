import { createContext, useContext } from 'react';
import { graphql } from './gql';
import type { ViewerQuery } from './gql/graphql';
import { can, type Operation } from './lib/permissions';

export const ViewerDocument = graphql(`
  query Viewer {
    viewer {
      subject
      roles
    }
    platform {
      id
      name
      country
      defaultCurrency
      profileComplete
    }
  }
`);

export type ViewerData = ViewerQuery;

export const ViewerContext = createContext<ViewerData | null>(null);

export function useViewer(): ViewerData {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer outside the signed-in app');
  return viewer;
}

export function useCan(operation: Operation): boolean {
  return can(useViewer().viewer.roles, operation);
}
