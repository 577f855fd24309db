import { describe, expect, it } from 'vitest';
import { passageLinks } from './passage-links';

const targets = (text: string): string[] => passageLinks(text).map((l) => l.target);

describe('links in passage text', () => {
  it('reads the four [[...]] forms', () => {
    expect(targets('[[Cellar]] [[Go down|Cellar 2]] [[Run->Hill]] [[Boat<-Sail away]]')).toEqual(['Cellar', 'Cellar 2', 'Hill', 'Boat']);
  });

  it('divides at the rightmost -> and the leftmost <-, cuts a SugarCube setter', () => {
    expect(targets('[[a->b->c]] [[x<-y<-z]] [[Take it|Room][$key to true]]')).toEqual(['c', 'x', 'Room']);
  });

  it('finds [[...]] inside macros and hooks', () => {
    expect(targets('(if: $x)[ [[Door]] ] <<link [[Open|Vault]]>><</link>> {reveal link: "x", text: "[[Attic]]"}')).toEqual(['Door', 'Vault', 'Attic']);
  });

  it('reads Harlowe macros with a literal target', () => {
    expect(targets(`(link-goto: "Leave", "Street") (goto: 'Jail') (link-goto: "Plaza") (click-goto: ?door, "Hall")`)).toEqual([
      'Street',
      'Jail',
      'Plaza',
      'Hall',
    ]);
  });

  it('reads SugarCube macros with a literal target', () => {
    expect(targets(`<<link "Flee" "Forest">><</link>> <<button 'Rest' 'Camp'>><</button>> <<goto "Town \\"Square\\"">>`)).toEqual([
      'Forest',
      'Camp',
      'Town "Square"',
    ]);
  });

  it('reads Chapbook inserts and data-passage links (Snowman, SugarCube)', () => {
    expect(targets(`{link to: 'Garden', label: 'Out'} {reveal link: 'More', passage: 'Details'} <a data-passage="Shed">shed</a>`)).toEqual([
      'Garden',
      'Details',
      'Shed',
    ]);
  });

  it('leaves out computed targets and web addresses', () => {
    expect(targets('(goto: $next) <<goto $dest>> [[Site->https://example.org]] (link-goto: "a" + $b)')).toEqual([]);
  });

  it('keeps the source text of each link for messages', () => {
    expect(passageLinks('see (goto: "X")').map((l) => l.text)).toEqual(['(goto: "X")']);
  });
});
