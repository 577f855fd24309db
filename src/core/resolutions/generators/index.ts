import type { ConflictType } from '../../analysis/conflict';
import type { Generator } from '../context';
import { causalCycle } from './causal';
import { bilocation, exitedCharacter } from './character';
import { relationshipFlip, traitSwing } from './motivation';
import { scaleJump, unsupportedArc } from './scale';
import { causalGap, temporalParadox } from './temporal';
import { themeContradiction, themeJump } from './thematic';
import { avoidedTheme, intensityOverLimit, intensitySpike, noRecovery } from './therapeutic';

/** The candidate generator for each conflict type; the switch makes a new type a compile error until it has one. */
export function generatorFor(type: ConflictType): Generator {
  switch (type) {
    case 'causal-cycle':
      return causalCycle;
    case 'temporal-paradox':
      return temporalParadox;
    case 'scale-jump':
      return scaleJump;
    case 'causal-gap':
      return causalGap;
    case 'exited-character':
      return exitedCharacter;
    case 'bilocation':
      return bilocation;
    case 'trait-swing':
      return traitSwing;
    case 'relationship-flip':
      return relationshipFlip;
    case 'theme-contradiction':
      return themeContradiction;
    case 'theme-jump':
      return themeJump;
    case 'intensity-over-limit':
      return intensityOverLimit;
    case 'no-recovery':
      return noRecovery;
    case 'intensity-spike':
      return intensitySpike;
    case 'avoided-theme':
      return avoidedTheme;
    case 'unsupported-arc':
      return unsupportedArc;
  }
}
