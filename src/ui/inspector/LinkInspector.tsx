import { memo, useMemo } from 'react';
import { LINK_KINDS, type LinkKind, type Story, type StoryLink } from '../../core/model/story';
import { select } from '../../state';
import { EventPicker } from '../common/EventPicker';
import { NumberField } from '../common/NumberField';
import { SelectField } from '../common/SelectField';
import { setLinkField } from './event-edits';
import { deleteFromInspector } from './delete-from-inspector';

interface Props {
  readonly story: Story;
  readonly link: StoryLink;
}

const KIND_OPTIONS = LINK_KINDS.map((k) => ({ value: k, label: k }));

function isKind(v: string): v is LinkKind {
  return (LINK_KINDS as readonly string[]).includes(v);
}

/** One causal link: its ends, strength and kind. */
export const LinkInspector = memo(function LinkInspector({ story, link }: Props) {
  const id = link.id;
  const byTime = useMemo(() => [...story.events].sort((a, b) => a.time - b.time), [story.events]);
  return (
    <div className="inspector-body" key={id}>
      <p className="inspector-kind">
        Link <code>{id}</code>
      </p>
      <EventPicker label="From (cause)" events={byTime} value={link.from} onPick={(v) => setLinkField(id, 'from', v)} />
      <EventPicker label="To (effect)" events={byTime} value={link.to} onPick={(v) => setLinkField(id, 'to', v)} />
      <NumberField label="Strength" value={link.strength} min={0} max={1} step={0.05} onCommit={(v) => setLinkField(id, 'strength', v)} />
      <SelectField label="Kind" value={link.kind} options={KIND_OPTIONS} onChange={(v) => isKind(v) && setLinkField(id, 'kind', v)} />
      <div className="button-row">
        <button type="button" className="small" onClick={() => select({ events: [link.from], links: [] })}>
          Select cause
        </button>
        <button type="button" className="small" onClick={() => select({ events: [link.to], links: [] })}>
          Select effect
        </button>
      </div>
      <button type="button" className="danger" onClick={(e) => deleteFromInspector(e.currentTarget)}>
        Delete link
      </button>
    </div>
  );
});
