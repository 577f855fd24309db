/**
 * "The Salt Road": a branching adventure. Three routes leave the harbour; each chapter
 * offers two scenes and both lead on to both scenes of the next chapter, so every
 * step of a play-through is a real choice. Routes meet again at the endings.
 */

type Raw = Record<string, unknown>;

interface Route {
  readonly key: string;
  readonly companion: string;
  readonly location: string;
  readonly theme: string;
  /** Per chapter: [option A, option B]. */
  readonly chapters: readonly (readonly [string, string])[];
  readonly finales: readonly [string, string];
  readonly turns: readonly [string, string];
}

const ROUTES: readonly Route[] = [
  {
    key: 's',
    companion: 'isolde',
    location: 'the Gull',
    theme: 'courage',
    chapters: [
      ['Wren signs on with Captain Isolde', 'Wren stows away on the Gull'],
      ['A squall tears the mainsail', 'The cook recognises Wren'],
      ['Isolde teaches Wren to read the stars', 'Wren is caught stealing rations'],
      ['A ghost ship crosses the bow', 'The crew whispers of mutiny'],
      ['Isolde falls defending the wheel', 'Wren talks the mutineers down'],
      ['The Gull limps into the reef', 'A lighthouse keeper signals the way'],
      ['Wren dives for the sunken crown', 'Wren bargains with the drowned choir'],
    ],
    finales: ['The Gull sails home with the crown', 'The crown stays under the waves'],
    turns: ['The crew learns to trust Wren', 'Whispers of the Tide King spread along the coast'],
  },
  {
    key: 'f',
    companion: 'ash',
    location: 'the Greywood',
    theme: 'wisdom',
    chapters: [
      ['Wren follows Brother Ash into the Greywood', 'Wren walks the old road alone'],
      ['Wolves circle the campfire', 'A hermit offers shelter'],
      ['Ash reveals the order he fled', 'Wren finds a shrine to the Tide King'],
      ['The river rises in the night', 'A hooded thief shadows the travellers'],
      ['Ash is taken by the river', 'Wren carries Ash across the ford'],
      ['The forest opens onto salt marsh', 'A ferryman demands a secret'],
      ['Wren reads the map by moonlight', 'Wren burns the map to keep it safe'],
    ],
    finales: ['Wren reaches the sea cave before the tide', 'Wren turns back at the marsh'],
    turns: ["Ash's old order hunts for the map", 'The Greywood villages close their gates'],
  },
  {
    key: 'c',
    companion: 'kestrel',
    location: 'the Lantern Quarter',
    theme: 'trust',
    chapters: [
      ['Wren asks Kestrel for help in the Lantern Quarter', 'Wren bribes a harbour clerk'],
      ['A chase across the rooftops', 'The clerk sells Wren out'],
      ['Kestrel picks the archive lock', 'Wren forges a guild seal'],
      ['The archive burns', "Wren copies the Tide King's ledger"],
      ['Kestrel betrays Wren to the guild', 'Kestrel takes the blame for Wren'],
      ['Wren escapes through the sewers', 'The guild master offers a deal'],
      ['Wren steals a fishing boat', 'Wren and Kestrel row out together'],
    ],
    finales: ['Wren brings the ledger to the harbour court', 'Wren sells the ledger to the highest bidder'],
    turns: ['The guild turns against its master', 'The harbour court reopens the old case'],
  },
];

const CHAPTER_HOURS = 1;
const START = 2;

function scene(id: string, title: string, time: number, participants: string[], location: string | undefined, intensity: number, extra: Raw = {}): Raw {
  // Routes are alternatives, not simultaneous: their scenes leave the place out, so Wren is not in two places at once.
  return { id, title, scale: 'scene', time, participants, ...(location ? { location } : {}), intensity, ...extra };
}

/** Deterministic intensity curve: rising through the chapters, with the B option a little calmer or sharper. */
function intensityAt(chapter: number, option: number, route: number): number {
  const base = 0.2 + 0.06 * chapter + 0.03 * route;
  return Math.round(Math.min(0.95, base + (option === 0 ? 0.05 : -0.05)) * 100) / 100;
}

export function adventureStory(): Raw {
  const events: Raw[] = [
    scene('map', 'Wren finds a map in the drowned chapel', 0, ['wren'], 'the harbour', 0.3, { themes: { hope: 0.4 } }),
    scene('bell', 'The harbour bell rings at midnight', 1, ['wren'], 'the harbour', 0.4, { themes: { fear: 0.3 } }),
  ];
  const links: Raw[] = [{ from: 'map', to: 'bell', strength: 0.8 }];

  ROUTES.forEach((route, r) => {
    route.chapters.forEach((pair, ch) => {
      pair.forEach((title, o) => {
        const id = `${route.key}${ch + 1}${o === 0 ? 'a' : 'b'}`;
        const companion = ch < 4 || route.key !== 's' || o === 1 ? [route.companion] : [];
        const withCompanion = o === 0 || ch % 2 === 0 ? ['wren', ...companion] : ['wren'];
        events.push(
          scene(id, title, START + ch * CHAPTER_HOURS + o * 0.5, withCompanion, undefined, intensityAt(ch, o, r), {
            themes: { [route.theme]: Math.round((0.3 + 0.08 * ch) * 100) / 100 },
          }),
        );
        if (ch === 0) links.push({ from: 'bell', to: id, strength: o === 0 ? 0.7 : 0.5, kind: 'motivates' });
        else
          for (let p = 0; p < 2; p++) {
            const from = `${route.key}${ch}${p === 0 ? 'a' : 'b'}`;
            links.push({ from, to: id, strength: p === o ? 0.75 : 0.45, kind: p === o ? 'causes' : 'enables' });
          }
      });
    });
    route.finales.forEach((title, o) => {
      const id = `${route.key}-end${o === 0 ? 'a' : 'b'}`;
      events.push(scene(id, title, START + 7 * CHAPTER_HOURS + o * 0.5, ['wren', route.companion], undefined, o === 0 ? 0.5 : 0.3));
      for (let p = 0; p < 2; p++) links.push({ from: `${route.key}7${p === 0 ? 'a' : 'b'}`, to: id, strength: p === o ? 0.8 : 0.4 });
    });
    route.turns.forEach((title, o) => {
      const id = `${route.key}-turn${o + 1}`;
      events.push({ id, title, scale: 'arc', time: 30 + 24 * o + r, participants: [route.companion], intensity: 0.4, themes: { [route.theme]: 0.5 } });
      links.push({ from: `${route.key}${o === 0 ? 3 : 5}a`, to: id, strength: 0.6 });
    });
  });

  // Conflicts worth showing, each a classic slip of a branching story:
  // Isolde dies at the wheel, yet the Gull's happy ending still has her aboard (exited character).
  const isoldeFalls = events.find((e) => e.id === 's5a')!;
  isoldeFalls.participants = ['wren', 'isolde'];
  isoldeFalls.effects = { isolde: { alive: false } };
  isoldeFalls.intensity = 0.85;
  // Kestrel is on the rooftops and in the Greywood at the same hour (bilocation).
  Object.assign(events.find((e) => e.id === 'f4b')!, { participants: ['wren', 'kestrel'], location: 'the Greywood' });
  Object.assign(events.find((e) => e.id === 'c2a')!, { participants: ['kestrel'], location: 'the Lantern Quarter', time: START + 3 * CHAPTER_HOURS + 0.5 });
  // Wren's trust in Kestrel swings from ally to enemy in one step (relationship flip), and hope jumps to despair.
  events.find((e) => e.id === 'c3a')!.effects = { wren: { relationships: { kestrel: 'ally' } } };
  events.find((e) => e.id === 'c5a')!.effects = { wren: { relationships: { kestrel: 'enemy' }, traits: { courage: 0.9 } } };
  events.find((e) => e.id === 'c4b')!.effects = { wren: { traits: { courage: 0.2 } } };
  events.find((e) => e.id === 'c5a')!.themes = { trust: 0.1, betrayal: 0.9 };
  // The burnt map is read afterwards: a link from a later scene to an earlier one (temporal paradox).
  links.push({ from: 'f7b', to: 'f6a', strength: 0.3, kind: 'enables' });

  events.push(
    scene('home', 'Wren comes home to the harbour', START + 8 * CHAPTER_HOURS, ['wren'], 'the harbour', 0.2, { tags: ['recovery'], themes: { hope: 0.6 } }),
    scene('letter', 'A letter from an old companion arrives', START + 9 * CHAPTER_HOURS, ['wren'], 'the harbour', 0.25, { themes: { trust: 0.5 } }),
    {
      id: 'coast',
      title: 'The coast remembers the summer of the crown',
      scale: 'world',
      time: 800,
      participants: ['wren'],
      intensity: 0.3,
      themes: { hope: 0.6 },
    },
    {
      id: 'legend',
      title: 'Children sing of Wren on the salt road',
      scale: 'saga',
      time: 9000,
      intensity: 0.2,
      themes: { hope: 0.7 },
    },
    {
      id: 'tide-king',
      title: 'The Tide King rises again',
      scale: 'saga',
      time: 9500,
      intensity: 0.7,
      themes: { despair: 0.6 },
    },
  );
  links.push(
    { from: 's-enda', to: 'home', strength: 0.8 },
    { from: 'f-enda', to: 'home', strength: 0.7 },
    { from: 'c-enda', to: 'home', strength: 0.7 },
    { from: 'home', to: 'letter', strength: 0.5, kind: 'enables' },
    { from: 's-enda', to: 'coast', strength: 0.7 },
    { from: 'f-enda', to: 'coast', strength: 0.6 },
    { from: 'c-enda', to: 'coast', strength: 0.6 },
    { from: 'coast', to: 'legend', strength: 0.8 },
    { from: 's-endb', to: 'tide-king', strength: 0.7 },
    { from: 'c-endb', to: 'tide-king', strength: 0.6 },
    { from: 'f-endb', to: 'tide-king', strength: 0.4 },
  );

  return {
    format: 'nao-story',
    version: 1,
    title: 'The Salt Road: a branching adventure',
    scales: [
      { id: 'scene', label: 'Scene (hours)', window: 1 },
      { id: 'arc', label: 'Journey (days)', window: 24 },
      { id: 'world', label: 'Coast (months)', window: 720 },
      { id: 'saga', label: 'Legend (years)', window: 8760 },
    ],
    timeUnit: 'hour',
    characters: [
      { id: 'wren', name: 'Wren' },
      { id: 'isolde', name: 'Captain Isolde' },
      { id: 'ash', name: 'Brother Ash' },
      { id: 'kestrel', name: 'Kestrel' },
    ],
    events,
    links,
  };
}
