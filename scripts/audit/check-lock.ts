import { satisfies } from 'semver';

/**
 * The offline dependency audit: the packages of package-lock.json checked against a pinned
 * snapshot of advisories (scripts/audit/advisories.json), with no network. Pure, so it is tested
 * on made-up lock files and snapshots.
 */

export type Severity = 'info' | 'low' | 'moderate' | 'high' | 'critical';

export interface Advisory {
  readonly id: number | string;
  readonly title: string;
  readonly url: string;
  readonly severity: Severity;
  /** The affected versions as a semver range, e.g. "<4.17.21" or ">=2.0.0 <2.1.4". */
  readonly range: string;
}

export interface AdvisorySnapshot {
  /** When the advisories were fetched (ISO date), or null if this snapshot was never filled. */
  readonly fetched: string | null;
  /** SHA-256 of the package-lock.json that was audited, to notice when the lock moved on. */
  readonly lockfileSha256: string | null;
  /** Advisories by package name. */
  readonly advisories: Readonly<Record<string, readonly Advisory[]>>;
}

export interface LockedPackage {
  readonly name: string;
  readonly version: string;
  /** Where it sits, e.g. node_modules/a/node_modules/b. */
  readonly path: string;
}

export interface Finding {
  readonly pkg: LockedPackage;
  readonly advisory: Advisory;
}

/** Every installed package of a lockfileVersion 2 or 3 package-lock.json (links and the root left out). */
export function lockedPackages(lock: unknown): LockedPackage[] {
  const packages = (lock as { packages?: Record<string, { version?: unknown; link?: unknown }> } | null)?.packages;
  if (packages === undefined || typeof packages !== 'object') throw new Error('package-lock.json has no "packages" map (lockfileVersion 2 or 3 expected)');
  const out: LockedPackage[] = [];
  for (const [path, entry] of Object.entries(packages)) {
    if (path === '' || entry.link === true || typeof entry.version !== 'string') continue;
    const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    out.push({ name, version: entry.version, path });
  }
  return out;
}

/** The advisories of the snapshot that affect a locked version. */
export function findVulnerable(packages: readonly LockedPackage[], snapshot: AdvisorySnapshot): Finding[] {
  const findings: Finding[] = [];
  for (const pkg of packages) {
    for (const advisory of snapshot.advisories[pkg.name] ?? []) {
      if (satisfies(pkg.version, advisory.range, { includePrerelease: true })) findings.push({ pkg, advisory });
    }
  }
  return findings;
}

/** Severities that fail the audit; lower ones are listed as warnings. */
export const FAILING: readonly Severity[] = ['high', 'critical'];

interface NpmAuditVia {
  readonly source?: number;
  readonly name?: string;
  readonly title?: string;
  readonly url?: string;
  readonly severity?: Severity;
  readonly range?: string;
}

/**
 * The advisories of an `npm audit --json` report, in the snapshot's shape: each `via` entry that
 * is an advisory (an object with a `source` id), under the package it is about.
 */
export function advisoriesFromNpmAudit(report: unknown): Record<string, Advisory[]> {
  const vulnerabilities = (report as { vulnerabilities?: Record<string, { via?: unknown[] }> } | null)?.vulnerabilities ?? {};
  const out: Record<string, Advisory[]> = {};
  for (const vulnerability of Object.values(vulnerabilities)) {
    for (const via of vulnerability.via ?? []) {
      if (typeof via !== 'object' || via === null) continue;
      const v = via as NpmAuditVia;
      if (v.source === undefined || v.name === undefined || v.range === undefined) continue;
      const list = (out[v.name] ??= []);
      if (list.some((a) => a.id === v.source)) continue;
      list.push({ id: v.source, title: v.title ?? '', url: v.url ?? '', severity: v.severity ?? 'moderate', range: v.range });
    }
  }
  return out;
}
