import { describe, expect, it } from 'vitest';
import { costInWords } from './cost-words';

describe('costInWords', () => {
  it('names the size of the change and keeps the number', () => {
    expect(costInWords(1).size).toBe('Small change (cost 1)');
    expect(costInWords(1.25).size).toBe('Small change (cost 1.25)');
    expect(costInWords(2.5).size).toBe('Moderate change (cost 2.50)');
    expect(costInWords(4).size).toBe('Large change (cost 4)');
    expect(costInWords(2).explanation).toMatch(/Lower is gentler/);
  });
});
