import { DEFAULT_SCALES } from '../model/defaults';
import { describeValue } from './story-issue';
import type { RawIssue } from './zod-issues';

/**
 * The checks a shape schema cannot make: unique ids, declared scales, link ends.
 * They read the raw input defensively, so that they also run (and report) when the
 * shape check failed elsewhere in the file: a user sees every problem at once.
 */

/** A JSON object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The id a link gets when the file leaves it out (built with the op builders). */
export { defaultLinkId } from '../edits/ops';
import { defaultLinkId } from '../edits/ops';

function declaredScales(root: Record<string, unknown>, issues: RawIssue[]): Set<string> | null {
  const scales = root['scales'];
  if (scales === undefined) return new Set(DEFAULT_SCALES.map((s) => s.id));
  if (!Array.isArray(scales)) return null;
  const firstUse = new Map<string, number>();
  scales.forEach((scale: unknown, i) => {
    if (!isRecord(scale) || typeof scale['id'] !== 'string') return;
    const id = scale['id'];
    const first = firstUse.get(id);
    if (first === undefined) firstUse.set(id, i);
    else issues.push({ path: ['scales', i, 'id'], message: `duplicate scale id ${JSON.stringify(id)} (first used by scales[${first}])` });
  });
  return new Set(firstUse.keys());
}

function checkEvents(events: readonly unknown[], scales: Set<string> | null, issues: RawIssue[]): Set<string> {
  const firstUse = new Map<string, number>();
  const scaleList = scales === null ? '' : [...scales].map((s) => JSON.stringify(s)).join(', ');
  for (let i = 0; i < events.length; i++) {
    const event = events[i];
    if (!isRecord(event)) continue;
    const id = event['id'];
    if (typeof id === 'string') {
      const first = firstUse.get(id);
      if (first === undefined) firstUse.set(id, i);
      else issues.push({ path: ['events', i, 'id'], message: `duplicate event id ${JSON.stringify(id)} (first used by events[${first}])` });
    }
    const scale = event['scale'];
    if (scales !== null && typeof scale === 'string' && !scales.has(scale)) {
      issues.push({ path: ['events', i, 'scale'], message: `expected one of the declared scales (${scaleList}), got ${describeValue(scale)}` });
    }
  }
  return new Set(firstUse.keys());
}

interface LinkIdUse {
  readonly index: number;
  readonly defaulted: boolean;
}

function duplicateLinkMessage(id: string, use: LinkIdUse, first: LinkIdUse): string {
  const quoted = JSON.stringify(id);
  const where = `links[${first.index}]`;
  const firstHow = first.defaulted ? `${where}, which has no id and defaults to it` : where;
  if (use.defaulted) {
    return `duplicate link id ${quoted}: this link has no id, so it defaults to "<from>-><to>", already used by ${firstHow}; give it an explicit id`;
  }
  return `duplicate link id ${quoted} (first used by ${firstHow})`;
}

function checkLinks(links: readonly unknown[], eventIds: Set<string> | null, issues: RawIssue[]): void {
  const firstUse = new Map<string, LinkIdUse>();
  for (let i = 0; i < links.length; i++) {
    const link = links[i];
    if (!isRecord(link)) continue;
    const { id, from, to } = link;
    for (const [end, value] of [['from', from], ['to', to]] as const) {
      if (eventIds !== null && typeof value === 'string' && !eventIds.has(value)) {
        issues.push({ path: ['links', i, end], message: `expected the id of an event, got ${describeValue(value)}, which names no event` });
      }
    }
    let use: LinkIdUse;
    let effective: string;
    if (typeof id === 'string') {
      use = { index: i, defaulted: false };
      effective = id;
    } else if (id === undefined && typeof from === 'string' && typeof to === 'string') {
      use = { index: i, defaulted: true };
      effective = defaultLinkId(from, to);
    } else {
      continue;
    }
    const first = firstUse.get(effective);
    if (first === undefined) firstUse.set(effective, use);
    else issues.push({ path: ['links', i, 'id'], message: duplicateLinkMessage(effective, use, first) });
  }
}

/** Review entries are edited by id, so an id may appear once per list. */
function checkUniqueIds(list: unknown, key: 'dismissed' | 'notes', what: string, issues: RawIssue[]): void {
  if (!Array.isArray(list)) return;
  const firstUse = new Map<string, number>();
  list.forEach((item: unknown, i) => {
    if (!isRecord(item) || typeof item['id'] !== 'string') return;
    const first = firstUse.get(item['id']);
    if (first === undefined) firstUse.set(item['id'], i);
    else issues.push({ path: [key, i, 'id'], message: `duplicate ${what} id ${JSON.stringify(item['id'])} (first used by ${key}[${first}])` });
  });
}

/** Reports duplicate ids, undeclared scales and links naming no event. */
export function crossCheck(root: Record<string, unknown>): RawIssue[] {
  const issues: RawIssue[] = [];
  checkUniqueIds(root['dismissed'], 'dismissed', 'dismissed conflict', issues);
  checkUniqueIds(root['notes'], 'notes', 'note', issues);
  const scales = declaredScales(root, issues);
  const events = root['events'];
  const eventIds = Array.isArray(events) ? checkEvents(events, scales, issues) : null;
  const links = root['links'];
  if (Array.isArray(links)) checkLinks(links, eventIds, issues);
  return issues;
}
