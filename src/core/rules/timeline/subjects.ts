import type { ConflictSubject } from '../../analysis/conflict';
import type { Match } from '../../analysis/rule';

type SubjectOfKind<K extends ConflictSubject['kind']> = Extract<ConflictSubject, { kind: K }>;

/** The subjects of a (merged) match that have the given kind, in the order they were emitted. */
export function subjectsOf<K extends ConflictSubject['kind']>(match: Match, kind: K): SubjectOfKind<K>[] {
  return (match.subjects ?? []).filter((s): s is SubjectOfKind<K> => s.kind === kind);
}
