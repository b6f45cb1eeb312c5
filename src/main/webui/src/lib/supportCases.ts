// Why an account's support cases cannot be shown (docs/support-cases.md, "Who sees which case"), read from the
// account's own fields as the API answers them.

export interface CaseSharing {
  dashboardAccess: string;
  connectedToMultiplePlatforms: boolean;
  isPlatform: boolean;
  sharesSupportCases: boolean;
}

/** Every reason that applies; empty when the account's cases of the last 90 days can be shown. */
export function caseExclusions(account: CaseSharing): string[] {
  const reasons: string[] = [];
  if (account.dashboardAccess === 'NONE') {
    reasons.push('it has no provider-hosted dashboard (dashboard access None), so it opens no cases you can see');
  }
  if (account.connectedToMultiplePlatforms) reasons.push('it is connected to several platforms');
  if (account.isPlatform) reasons.push('it is itself a platform');
  if (!account.sharesSupportCases) reasons.push('it opted out of sharing its support cases');
  return reasons;
}
