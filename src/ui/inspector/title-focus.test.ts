import { describe, expect, it } from 'vitest';
import { requestTitleFocus, takeTitleFocus } from './title-focus';

describe('the title focus asked for by Add event', () => {
  it('goes to the fields of the new event once', () => {
    requestTitleFocus('e7');
    expect(takeTitleFocus('e7')).toBe(true);
    expect(takeTitleFocus('e7')).toBe(false);
  });

  it('is dropped when another event is shown first, so a later visit to the new one does not jump into its title', () => {
    requestTitleFocus('e7');
    expect(takeTitleFocus('e3')).toBe(false);
    expect(takeTitleFocus('e7')).toBe(false);
  });
});
