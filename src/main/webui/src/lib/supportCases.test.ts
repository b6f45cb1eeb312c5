import { describe, expect, it } from 'vitest';
import { caseExclusions } from './supportCases';

const shared = { dashboardAccess: 'EXPRESS', connectedToMultiplePlatforms: false, isPlatform: false, sharesSupportCases: true };

describe('caseExclusions', () => {
  it('has no reason for an account that shares its cases with this platform alone', () => {
    expect(caseExclusions(shared)).toEqual([]);
    expect(caseExclusions({ ...shared, dashboardAccess: 'FULL' })).toEqual([]);
  });

  it('names every reason that applies', () => {
    expect(caseExclusions({ ...shared, connectedToMultiplePlatforms: true })).toEqual(['it is connected to several platforms']);
    expect(caseExclusions({ ...shared, isPlatform: true })).toEqual(['it is itself a platform']);
    expect(caseExclusions({ ...shared, sharesSupportCases: false })).toEqual(['it opted out of sharing its support cases']);
    expect(caseExclusions({ ...shared, dashboardAccess: 'NONE', isPlatform: true })).toHaveLength(2);
  });
});
