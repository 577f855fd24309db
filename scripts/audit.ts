import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { advisoriesFromNpmAudit, FAILING, findVulnerable, lockedPackages, type AdvisorySnapshot } from './audit/check-lock';

/**
 * `npm run audit`: the dependency audit that works offline.
 *   1. package-lock.json against the pinned advisory snapshot scripts/audit/advisories.json (no network);
 *   2. `npm audit signatures` (registry signatures and provenance), skipped when the registry is unreachable
 *      or with --offline.
 * `npm run audit:update` refreshes the snapshot with `npm audit --json` where the registry's audit
 * endpoint answers, and pins it to the current lock file.
 */

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const LOCK = `${ROOT}package-lock.json`;
const SNAPSHOT = `${ROOT}scripts/audit/advisories.json`;

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
const NETWORK = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|network|405 Method Not Allowed|audit endpoint returned an error/i;

function checkOffline(): number {
  const lockText = readFileSync(LOCK, 'utf8');
  const snapshot = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as AdvisorySnapshot;
  const packages = lockedPackages(JSON.parse(lockText));
  if (snapshot.fetched === null) {
    console.log(`audit: the advisory snapshot was never filled; run "npm run audit:update" where the registry's audit endpoint answers`);
  } else {
    console.log(`audit: ${packages.length} locked packages against advisories of ${snapshot.fetched}`);
    if (snapshot.lockfileSha256 !== sha256(lockText)) {
      console.log('audit: warning: package-lock.json changed since the snapshot; new versions are checked only against advisories already known then');
    }
  }
  const findings = findVulnerable(packages, snapshot);
  for (const { pkg, advisory } of findings) {
    console.log(`  ${advisory.severity.padEnd(8)} ${pkg.name}@${pkg.version} (${pkg.path}): ${advisory.title} ${advisory.url} [affected: ${advisory.range}]`);
  }
  const failing = findings.filter((f) => FAILING.includes(f.advisory.severity));
  console.log(`audit: ${findings.length} known advisories affect the lock, ${failing.length} of them ${FAILING.join(' or ')}`);
  return failing.length > 0 ? 1 : 0;
}

function checkSignatures(): number {
  const child = spawnSync('npm', ['audit', 'signatures', '--loglevel=error'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  const output = `${child.stdout}${child.stderr}`.trim();
  if (child.status === 0) {
    console.log(output);
    return 0;
  }
  if (child.error !== undefined || NETWORK.test(output)) {
    console.log('audit: npm audit signatures skipped: the registry or its signing-key servers are not reachable');
    return 0;
  }
  console.log(output);
  return 1;
}

function update(): number {
  const child = spawnSync('npm', ['audit', '--json', '--package-lock-only', '--loglevel=error'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  let report: unknown;
  try {
    report = JSON.parse(child.stdout);
  } catch {
    console.error(`audit:update: npm audit gave no report: ${child.stderr.trim().split('\n')[0] ?? ''}`);
    return 1;
  }
  if ((report as { error?: unknown }).error !== undefined || (report as { statusCode?: unknown }).statusCode !== undefined) {
    console.error(`audit:update: the registry's audit endpoint failed: ${String((report as { message?: unknown }).message ?? 'unknown error')}`);
    return 1;
  }
  const snapshot: AdvisorySnapshot = {
    fetched: new Date().toISOString().slice(0, 10),
    lockfileSha256: sha256(readFileSync(LOCK, 'utf8')),
    advisories: advisoriesFromNpmAudit(report),
  };
  writeFileSync(SNAPSHOT, JSON.stringify(snapshot, null, 2) + '\n');
  console.log(`audit:update: ${Object.keys(snapshot.advisories).length} packages with advisories written to scripts/audit/advisories.json`);
  return 0;
}

const args = process.argv.slice(2);
if (args.includes('--update')) process.exitCode = update();
else process.exitCode = Math.max(checkOffline(), args.includes('--offline') ? 0 : checkSignatures());
