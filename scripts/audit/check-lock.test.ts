import { describe, expect, it } from 'vitest';
import { advisoriesFromNpmAudit, findVulnerable, lockedPackages, type AdvisorySnapshot } from './check-lock';

const lock = {
  lockfileVersion: 3,
  packages: {
    '': { name: 'arc-studio', version: '0.1.0' },
    'node_modules/lodash': { version: '4.17.20' },
    'node_modules/a/node_modules/lodash': { version: '4.17.21' },
    'node_modules/@scope/pkg': { version: '2.0.5' },
    'node_modules/linked': { resolved: '../linked', link: true },
  },
};

const snapshot = (advisories: AdvisorySnapshot['advisories']): AdvisorySnapshot => ({ fetched: '2026-11-30', lockfileSha256: null, advisories });
const prototypePollution = { id: 1106914, title: 'Prototype Pollution in lodash', url: 'https://github.com/advisories/GHSA-p6mc-m468-83gw', severity: 'high' as const, range: '<4.17.21' };

describe('the offline dependency audit', () => {
  it('lists every installed package of the lock with its name, nested and scoped ones included', () => {
    expect(lockedPackages(lock).map((p) => `${p.name}@${p.version}`)).toEqual(['lodash@4.17.20', 'lodash@4.17.21', '@scope/pkg@2.0.5']);
  });

  it('finds the locked copies an advisory affects, and only those', () => {
    const findings = findVulnerable(lockedPackages(lock), snapshot({ lodash: [prototypePollution] }));
    expect(findings.map((f) => f.pkg.path)).toEqual(['node_modules/lodash']);
    expect(findings[0]!.advisory.severity).toBe('high');
  });

  it('matches compound ranges and prereleases', () => {
    const advisory = { ...prototypePollution, range: '>=2.0.0-beta.1 <2.0.6 || >=3.0.0 <3.1.0' };
    expect(findVulnerable([{ name: 'x', version: '2.0.5', path: 'p' }], snapshot({ x: [advisory] }))).toHaveLength(1);
    expect(findVulnerable([{ name: 'x', version: '2.0.0-rc.1', path: 'p' }], snapshot({ x: [advisory] }))).toHaveLength(1);
    expect(findVulnerable([{ name: 'x', version: '2.0.6', path: 'p' }], snapshot({ x: [advisory] }))).toHaveLength(0);
  });

  it('refuses a lock file without a packages map', () => {
    expect(() => lockedPackages({ lockfileVersion: 1, dependencies: {} })).toThrow('package-lock.json has no "packages" map');
  });

  it("takes the advisories out of an npm audit --json report, each once, under the package it is about", () => {
    const report = {
      vulnerabilities: {
        lodash: { via: [{ source: 1106914, name: 'lodash', title: prototypePollution.title, url: prototypePollution.url, severity: 'high', range: '<4.17.21' }] },
        'lodash-wrapper': { via: ['lodash'] },
        other: { via: [{ source: 1106914, name: 'lodash', title: 'dup', url: '', severity: 'high', range: '<4.17.21' }] },
      },
    };
    expect(advisoriesFromNpmAudit(report)).toEqual({ lodash: [prototypePollution] });
  });
});
