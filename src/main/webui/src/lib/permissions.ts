// Which roles may do what: the service enforces it (FORBIDDEN); the dashboard offers nothing a role cannot do.
export type Role = 'administrator' | 'developer' | 'analyst' | 'support_specialist' | 'view_only';

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
