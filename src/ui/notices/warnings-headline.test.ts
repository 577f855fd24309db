import { describe, expect, it } from 'vitest';
import { warningsHeadline } from './warnings-headline';

describe('the import warnings headline', () => {
  it('says unknown keys are not kept when one of the warnings is an unknown key', () => {
    const text = warningsHeadline('misspelt.json', [
      { message: 'character "c9" is not declared in "characters"; it is declared implicitly' },
      { message: 'unknown key "intensty" ignored (only "extra" is kept on export)' },
    ]);
    expect(text).toBe(
      'misspelt.json was imported with 2 warnings. Keys the story format does not know are not kept in the studio or on export; check each place below.',
    );
  });

  it('does not speak of dropped keys over warnings that drop nothing, and counts one warning in the singular', () => {
    const text = warningsHeadline('big.json', [{ message: 'character "c9" is not declared in "characters"; it is declared implicitly' }]);
    expect(text).toBe('big.json was imported with 1 warning. Check each place below.');
  });
});
