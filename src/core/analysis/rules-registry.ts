import type { Rule } from './rule';
import { causalCycleRule } from '../rules/causal-cycle';
import { temporalParadoxRule } from '../rules/temporal-paradox';
import { scaleJumpRule } from '../rules/scale-jump';
import { causalGapRule } from '../rules/causal-gap';
import { exitedCharacterRule } from '../rules/exited-character';
import { bilocationRule } from '../rules/bilocation';
import { traitSwingRule } from '../rules/trait-swing';
import { relationshipFlipRule } from '../rules/relationship-flip';
import { themeContradictionRule } from '../rules/theme-contradiction';
import { themeJumpRule } from '../rules/theme-jump';
import { intensityOverLimitRule } from '../rules/intensity-over-limit';
import { noRecoveryRule } from '../rules/no-recovery';
import { intensitySpikeRule } from '../rules/intensity-spike';
import { avoidedThemeRule } from '../rules/avoided-theme';
import { unsupportedArcRule } from '../rules/unsupported-arc';

/** All rules of conflict-rules.md, in the order of its table. */
export const RULES: readonly Rule[] = [
  causalCycleRule,
  temporalParadoxRule,
  scaleJumpRule,
  causalGapRule,
  exitedCharacterRule,
  bilocationRule,
  traitSwingRule,
  relationshipFlipRule,
  themeContradictionRule,
  themeJumpRule,
  intensityOverLimitRule,
  noRecoveryRule,
  intensitySpikeRule,
  avoidedThemeRule,
  unsupportedArcRule,
];
