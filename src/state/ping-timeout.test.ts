import { describe, expect, it } from 'vitest';
import { pingTimeoutMs } from './ping-timeout';

describe('how long a ping may take', () => {
  it('is the base for a small story', () => {
    expect(pingTimeoutMs(5000, 0, 0)).toBe(5000);
  });

  it('grows with the story: a 20,000-event story with 60,000 links gets 25 s', () => {
    expect(pingTimeoutMs(5000, 80_000, 0)).toBe(25_000);
  });

  it('doubles after each ping in a row that went unanswered, up to sixteen times', () => {
    expect(pingTimeoutMs(20, 0, 1)).toBe(40);
    expect(pingTimeoutMs(20, 0, 2)).toBe(80);
    expect(pingTimeoutMs(20, 0, 9)).toBe(320);
  });
});
