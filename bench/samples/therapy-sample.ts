/** "Breathing Room": a short therapeutic story for a client working on anxiety, with a full therapy profile and review notes. */

type Raw = Record<string, unknown>;

const ev = (
  id: string,
  title: string,
  time: number,
  intensity: number,
  extra: Raw = {},
): Raw => ({ id, title, scale: 'scene', time, participants: ['sam'], intensity, ...extra });

export const THERAPY_EVENTS: readonly Raw[] = [
  ev('wake', 'Sam wakes with a racing heart', 0, 0.45, { location: 'flat', themes: { fear: 0.5 } }),
  ev('breathe', 'Sam counts four slow breaths', 0.5, 0.25, { location: 'flat', tags: ['recovery'], themes: { healing: 0.3 } }),
  ev('call', 'Jo phones to say good morning', 1, 0.2, { participants: ['sam', 'jo'], location: 'flat', themes: { connection: 0.5 } }),
  ev('bus', 'Sam takes the crowded bus', 3, 0.55, { location: 'bus', themes: { fear: 0.4, courage: 0.3 } }),
  ev('queue', 'A long queue at the supermarket', 4, 0.6, { location: 'supermarket', themes: { fear: 0.5 } }),
  ev('panic', 'Panic in the checkout line', 4.5, 0.9, {
    location: 'supermarket',
    themes: { fear: 0.9, humiliation: 0.6 },
    notes: 'The peak of the first week: deliberately written high, to be softened before the session.',
  }),
  ev('leave', 'Sam leaves the basket and walks out', 5, 0.7, { location: 'supermarket', themes: { fear: 0.6 } }),
  ev('bench', 'Sitting on a bench, naming five things seen', 5.5, 0.35, { location: 'park', tags: ['recovery'], themes: { healing: 0.4 } }),
  ev('text', 'Sam texts Jo what happened', 6, 0.3, { participants: ['sam', 'jo'], location: 'park', themes: { connection: 0.6, trust: 0.4 } }),
  ev('session', 'First session with Dr. Okafor', 26, 0.4, {
    scale: 'arc',
    participants: ['sam', 'okafor'],
    location: 'clinic',
    themes: { trust: 0.5, healing: 0.5 },
  }),
  ev('ladder', 'Sam and Dr. Okafor build a fear ladder', 27, 0.35, {
    scale: 'arc',
    participants: ['sam', 'okafor'],
    location: 'clinic',
    themes: { courage: 0.5, healing: 0.5 },
  }),
  ev('step1', 'Standing at the shop door for two minutes', 50, 0.45, { scale: 'arc', location: 'supermarket', themes: { courage: 0.6, fear: 0.4 } }),
  ev('step2', 'Buying one item with Jo waiting outside', 74, 0.5, {
    scale: 'arc',
    participants: ['sam', 'jo'],
    location: 'supermarket',
    themes: { courage: 0.7, connection: 0.4 },
  }),
  ev('crowd', 'A packed Saturday market', 98, 0.88, { location: 'market', themes: { fear: 0.8, courage: 0.5 } }),
  ev('setback', 'A hard week: Sam stays home', 170, 0.6, { scale: 'arc', location: 'flat', themes: { fear: 0.6, setback: 0.5 } }),
  ev('walk', 'An evening walk with Jo', 172, 0.25, {
    participants: ['sam', 'jo'],
    location: 'park',
    tags: ['recovery'],
    themes: { connection: 0.7, healing: 0.5 },
  }),
  ev('review', 'Dr. Okafor and Sam look back at the month', 720, 0.3, {
    scale: 'world',
    participants: ['sam', 'okafor'],
    location: 'clinic',
    themes: { healing: 0.7, courage: 0.6 },
  }),
  ev('shop-alone', 'Sam does the weekly shop alone', 740, 0.45, { location: 'supermarket', themes: { courage: 0.8, healing: 0.6 } }),
];

export const THERAPY_LINKS: readonly Raw[] = [
  { from: 'wake', to: 'breathe', strength: 0.8 },
  { from: 'breathe', to: 'call', strength: 0.4, kind: 'enables' },
  { from: 'call', to: 'bus', strength: 0.5, kind: 'motivates' },
  { from: 'bus', to: 'queue', strength: 0.6 },
  { from: 'queue', to: 'panic', strength: 0.8 },
  { from: 'panic', to: 'leave', strength: 0.9 },
  { from: 'leave', to: 'bench', strength: 0.7 },
  { from: 'bench', to: 'text', strength: 0.6, kind: 'enables' },
  { from: 'text', to: 'session', strength: 0.7, kind: 'motivates' },
  { from: 'panic', to: 'session', strength: 0.6, kind: 'motivates' },
  { from: 'session', to: 'ladder', strength: 0.9 },
  { from: 'ladder', to: 'step1', strength: 0.8, kind: 'enables' },
  { from: 'step1', to: 'step2', strength: 0.7, kind: 'enables' },
  { from: 'step2', to: 'crowd', strength: 0.5, kind: 'motivates' },
  { from: 'crowd', to: 'setback', strength: 0.7 },
  { from: 'setback', to: 'walk', strength: 0.5, kind: 'motivates' },
  { from: 'walk', to: 'review', strength: 0.6, kind: 'enables' },
  { from: 'ladder', to: 'review', strength: 0.5, kind: 'enables' },
  { from: 'review', to: 'shop-alone', strength: 0.8, kind: 'enables' },
];

/** The therapy profile: every setting spelled out (the client's limits agreed with the therapist). */
export const THERAPY_PROFILE: Raw = {
  maxIntensity: 0.8,
  peakIntensity: 0.65,
  recoveryWithin: 2,
  recoveryIntensity: 0.3,
  maxIntensityStep: 0.3,
  avoid: ['humiliation'],
  goals: ['courage', 'connection', 'healing'],
};

export function therapyNotes(overLimitConflictId: string): Raw[] {
  return [
    {
      id: 'note-1',
      text: 'Keep the panic scene, but below the agreed limit: Sam should recognise it without reliving it.',
      author: 'Dr. Okafor',
      at: '2026-11-02T10:15:00Z',
      event: 'panic',
      conflict: overLimitConflictId,
    },
    {
      id: 'note-2',
      text: 'The fear ladder is the heart of the story. Each rung should feel a little easier than the client expects.',
      author: 'Dr. Okafor',
      at: '2026-11-02T10:22:00Z',
      event: 'ladder',
    },
    {
      id: 'note-3',
      text: 'Jo is the safe person: every hard scene should be reachable from a scene with Jo.',
      author: 'Lee (writer)',
      at: '2026-11-03T16:40:00Z',
      event: 'walk',
      resolved: true,
    },
  ];
}

export const THERAPY_STORY: Raw = {
  format: 'nao-story',
  version: 1,
  title: 'Breathing Room: a week with anxiety',
  scales: [
    { id: 'scene', label: 'Moment (hours)', window: 1 },
    { id: 'arc', label: 'Week (days)', window: 24 },
    { id: 'world', label: 'Month', window: 720 },
    { id: 'saga', label: 'Year', window: 8760 },
  ],
  timeUnit: 'hour',
  characters: [
    { id: 'sam', name: 'Sam' },
    { id: 'jo', name: 'Jo' },
    { id: 'okafor', name: 'Dr. Okafor' },
  ],
  therapy: THERAPY_PROFILE,
  events: THERAPY_EVENTS,
  links: THERAPY_LINKS,
};
