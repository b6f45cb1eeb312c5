// Which roles may do what: the service enforces it (FORBIDDEN); the dashboard offers nothing a role cannot do.
export type Role = 'administrator' | 'developer' | 'analyst' | 'support_specialist' | 'view_only';

/** Connectboard's roles, in the order of the service's role table. */
export const ROLES: readonly Role[] = ['administrator', 'developer', 'analyst', 'support_specialist', 'view_only'];

/**
 * The caller's Connectboard roles. A token carries the issuer's own roles too (Keycloak adds offline_access,
 * uma_authorization and default-roles-<realm>); they grant nothing here, so the dashboard does not show them.
 */
export function productRoles(roles: readonly string[]): Role[] {
  return ROLES.filter((role) => roles.includes(role));
}

export type Operation =
  | 'createAccount'
  | 'updateAccount'
  | 'remediate'
  | 'updatePayoutSchedule'
  | 'updatePlatformProfile'
  | 'removeAccount';

const ALLOWED: Record<Operation, readonly Role[]> = {
  createAccount: ['administrator', 'developer'],
  updateAccount: ['administrator', 'developer'],
  remediate: ['administrator', 'developer', 'support_specialist'],
  updatePayoutSchedule: ['administrator'],
  updatePlatformProfile: ['administrator'],
  removeAccount: ['administrator'],
};

export function can(roles: readonly string[], operation: Operation): boolean {
  return roles.some((role) => (ALLOWED[operation] as readonly string[]).includes(role));
}
