import type { Story } from '../model/story';
import { storyOf } from './story-builder';

/** Three temporal paradoxes, each effect filed before its cause: every one has a safe fix. */
export const threeParadoxes: Story = storyOf({
  events: [
    { id: 'storm', time: 5 },
    { id: 'flood', time: 4 },
    { id: 'fire', time: 20 },
    { id: 'smoke', time: 10 },
    { id: 'ship', time: 40 },
    { id: 'rescue', time: 30 },
  ],
  links: [
    { from: 'storm', to: 'flood' },
    { from: 'fire', to: 'smoke' },
    { from: 'ship', to: 'rescue' },
  ],
});
