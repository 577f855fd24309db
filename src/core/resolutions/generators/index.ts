import type { ConflictType } from '../../analysis/conflict';
import type { Generator } from '../context';
import { causalCycle } from './causal';
import { bilocation, exitedCharacter } from './character';
import { relationshipFlip, traitSwing } from './motivation';
import { withRefits } from './refit';
import { scaleJump, unsupportedArc } from './scale';
import { causalGap, temporalParadox } from './temporal';
import { themeContradiction, themeJump } from './thematic';
import { avoidedTheme, intensityOverLimit, intensitySpike, noRecovery } from './therapeutic';

const temporalParadoxRefit = withRefits(temporalParadox);
const causalGapRefit = withRefits(causalGap);
const exitedCharacterRefit = withRefits(exitedCharacter);
const bilocationRefit = withRefits(bilocation);

/** The candidate generator for each conflict type; the switch makes a new type a compile error until it has one. */
export function generatorFor(type: ConflictType): Generator {
  switch (type) {
    case 'causal-cycle':
      return causalCycle;
    case 'temporal-paradox':
      return temporalParadoxRefit;
    case 'scale-jump':
      return scaleJump;
    case 'causal-gap':
      return causalGapRefit;
    case 'exited-character':
      return exitedCharacterRefit;
    case 'bilocation':
      return bilocationRefit;
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
