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
  | 'addSupportCaseContext'
  | 'updatePayoutSchedule'
  | 'updatePlatformProfile'
  | 'recordDebitConsent'
  | 'addToBalance'
  | 'sendFunds'
  | 'pullFunds'
  | 'removeAccount';

const ALLOWED: Record<Operation, readonly Role[]> = {
  createAccount: ['administrator', 'developer'],
  updateAccount: ['administrator', 'developer'],
  remediate: ['administrator', 'developer', 'support_specialist'],
  addSupportCaseContext: ['administrator', 'developer', 'support_specialist'],
  updatePayoutSchedule: ['administrator'],
  updatePlatformProfile: ['administrator'],
  recordDebitConsent: ['administrator'],
  addToBalance: ['administrator'],
  sendFunds: ['administrator'],
  pullFunds: ['administrator'],
  removeAccount: ['administrator'],
};

/**
 * What concerns the platform itself rather than one account: viewing as an account, mutations may only touch that
 * account (the service refuses a top-up with FORBIDDEN), so these are not offered then. Private support-case context
 * is the platform's word to the provider, which the account's view never shows: it is written from the platform's.
 */
const PLATFORM_ONLY: ReadonlySet<Operation> = new Set([
  'createAccount',
  'addToBalance',
  'updatePlatformProfile',
  'addSupportCaseContext',
]);

export function can(roles: readonly string[], operation: Operation, viewingAs = false): boolean {
  if (viewingAs && PLATFORM_ONLY.has(operation)) return false;
  return roles.some((role) => (ALLOWED[operation] as readonly string[]).includes(role));
}
