import { createContext, useContext } from 'react';
import { graphql } from './gql';
import type { ViewerQuery } from './gql/graphql';
import { can, type Operation } from './lib/permissions';
import { useViewAs } from './viewAs';

export const ViewerDocument = graphql(`
  query Viewer {
    viewer {
      subject
      roles
      viewingAs {
        id
        email
        businessProfile { name }
        company { name }
        individual { firstName lastName }
      }
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

/** Whether to offer the operation: the signed-in role allows it, and it fits the view (platform or viewed account). */
export function useCan(operation: Operation): boolean {
  const viewingAs = useViewAs().accountId !== null;
  return can(useViewer().viewer.roles, operation, viewingAs);
}
