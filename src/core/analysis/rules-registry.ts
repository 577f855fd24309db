import type { Rule } from './rule';

/** All rules of conflict-rules.md, in the order of its table. Filled in by the rule modules. */
export const RULES: readonly Rule[] = [];
