import type { RuleScope } from '../analysis/rule-scope';
import type { Rule } from '../analysis/rule';
import { RULES } from '../analysis/rules-registry';
import type { ConflictType } from '../analysis/conflict';
import { avoidedThemeScope } from '../rules/avoided-theme.scope';
import { bilocationScope } from '../rules/bilocation.scope';
import { causalCycleScope } from './cycle-scope';
import { causalGapScope } from '../rules/causal-gap.scope';
import { exitedCharacterScope } from '../rules/exited-character.scope';
import { intensityOverLimitScope } from '../rules/intensity-over-limit.scope';
import { intensitySpikeScope } from '../rules/intensity-spike.scope';
import { noRecoveryScope } from '../rules/no-recovery.scope';
import { relationshipFlipScope } from '../rules/relationship-flip.scope';
import { scaleJumpScope } from '../rules/scale-jump.scope';
import { temporalParadoxScope } from '../rules/temporal-paradox.scope';
import { themeContradictionScope } from '../rules/theme-contradiction.scope';
import { themeJumpScope } from '../rules/theme-jump.scope';
import { traitSwingScope } from '../rules/trait-swing.scope';
import { unsupportedArcScope } from '../rules/unsupported-arc.scope';

/** The scope each rule declares next to its file (`rules/*.scope.ts`). */
const SCOPE_OF: Readonly<Record<ConflictType, RuleScope>> = {
  'causal-cycle': causalCycleScope,
  'temporal-paradox': temporalParadoxScope,
  'scale-jump': scaleJumpScope,
  'causal-gap': causalGapScope,
  'exited-character': exitedCharacterScope,
  bilocation: bilocationScope,
  'trait-swing': traitSwingScope,
  'relationship-flip': relationshipFlipScope,
  'theme-contradiction': themeContradictionScope,
  'theme-jump': themeJumpScope,
  'intensity-over-limit': intensityOverLimitScope,
  'no-recovery': noRecoveryScope,
  'intensity-spike': intensitySpikeScope,
  'avoided-theme': avoidedThemeScope,
  'unsupported-arc': unsupportedArcScope,
};

export interface ScopedRule {
  readonly rule: Rule;
  readonly scope: RuleScope;
}

/** Every rule of the registry with its scope, in the registry's order. */
export const SCOPED_RULES: readonly ScopedRule[] = RULES.map((rule) => ({ rule, scope: SCOPE_OF[rule.type] }));
