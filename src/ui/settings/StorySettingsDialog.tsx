import { useEffect, useMemo, useRef } from 'react';
import { DEFAULT_THERAPY, DEFAULT_THRESHOLDS } from '../../core/model/defaults';
import type { EditOp } from '../../core/edits/edit-op';
import type { TherapySettings, Thresholds } from '../../core/model/story';
import { editSettings, useDocument } from '../../state';
import { ScalesEditor } from './ScalesEditor';
import { characterRows, parseList, parseNumber, renameCharacter, sentence } from './settings-values';
import { SettingsField } from './SettingsField';

interface Props {
  readonly onClose: () => void;
}

/** One change, one undo step; the core's reason comes back as the field's inline error. */
function apply(op: EditOp, label: string): string | null {
  const r = editSettings([op], label);
  return r.ok ? null : sentence(r.message);
}

type NumberThreshold = keyof Thresholds;
const THRESHOLDS: readonly { field: NumberThreshold; label: string; hint: string }[] = [
  { field: 'traitSwing', label: 'Trait swing', hint: 'Largest change of a trait (0 to 1) between two appearances before it is flagged.' },
  { field: 'themeJump', label: 'Theme jump', hint: 'Largest change of a theme (0 to 1) between consecutive events.' },
  { field: 'gapFactor', label: 'Gap factor', hint: 'A cause may precede its effect by up to the scale window × this factor.' },
];

type NumberTherapy = Exclude<keyof TherapySettings, 'avoid' | 'goals'>;
const THERAPY: readonly { field: NumberTherapy; label: string; hint: string; integer?: boolean }[] = [
  { field: 'maxIntensity', label: 'Maximum intensity', hint: 'No event above this intensity (0 to 1).' },
  { field: 'peakIntensity', label: 'Peak intensity', hint: 'From this intensity on, an event is a peak that needs recovery.' },
  { field: 'recoveryWithin', label: 'Recovery within', hint: 'Events after a peak within which a calm one must come (whole number).', integer: true },
  { field: 'recoveryIntensity', label: 'Recovery intensity', hint: 'An event at or below this intensity counts as recovery.' },
  { field: 'maxIntensityStep', label: 'Maximum step', hint: 'Largest rise of intensity from one event to the next.' },
];

/**
 * The story's settings: title, time unit, scales, character names, thresholds and the therapy
 * profile. A native modal <dialog>: the page behind is inert (focus stays inside), Escape closes.
 */
export function StorySettingsDialog({ onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const story = useDocument((d) => d.story);
  const characters = useMemo(() => characterRows(story), [story]);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const thresholds = { ...DEFAULT_THRESHOLDS, ...story.thresholds };
  const therapy = { ...DEFAULT_THERAPY, ...story.therapy };
  return (
    <dialog
      ref={ref}
      className="settings-dialog"
      aria-labelledby="story-settings-title"
      onClose={onClose}
      onKeyDown={(e) => {
        // Delete, I and Escape mean something to the studio behind; inside the dialog they must not reach it (undo/redo may).
        if (!(e.ctrlKey || e.metaKey)) e.stopPropagation();
      }}
    >
      <div className="settings-head">
        <h2 id="story-settings-title">Story settings</h2>
        <button type="button" className="small" onClick={() => ref.current?.close()}>
          Close
        </button>
      </div>
      <p className="settings-help">Each change applies when you press Enter or leave the field, re-checks the story at once, and can be undone.</p>
      <div className="settings-body">
        <fieldset className="settings-section">
          <legend>Story</legend>
          <SettingsField
            label="Title"
            value={story.title}
            onCommit={(t) => (t.trim() === '' ? 'The title cannot be empty.' : apply({ kind: 'set-story-title', title: t.trim() }, 'rename story'))}
          />
          <SettingsField
            label="Time unit"
            value={story.timeUnit}
            hint="What one step of event time means, e.g. hour or day."
            onCommit={(t) => (t.trim() === '' ? 'The time unit cannot be empty.' : apply({ kind: 'set-time-unit', timeUnit: t.trim() }, 'change time unit'))}
          />
        </fieldset>

        <ScalesEditor scales={story.scales} timeUnit={story.timeUnit} />

        <fieldset className="settings-section">
          <legend>Characters</legend>
          <p className="settings-help">The names shown wherever a person reads about a character.</p>
          {characters.length === 0 ? (
            <p className="settings-help">No characters yet: add participants to events.</p>
          ) : (
            <ul className="character-rows">
              {characters.map((c) => (
                <li key={c.id}>
                  <div role="group" aria-label={`Character ${c.id}`} className="character-row">
                  <span className="scale-id">{c.id}</span>
                  <SettingsField
                    label="Name"
                    hideLabel
                    value={c.name ?? ''}
                    placeholder={c.id}
                    onCommit={(t) => apply({ kind: 'set-characters', characters: renameCharacter(story, c.id, t) }, `rename character "${c.id}"`)}
                  />
                  </div>
                </li>
              ))}
            </ul>
          )}
        </fieldset>

        <fieldset className="settings-section">
          <legend>Thresholds</legend>
          {THRESHOLDS.map((t) => (
            <SettingsField
              key={t.field}
              label={t.label}
              type="number"
              value={String(thresholds[t.field])}
              hint={`${t.hint} Empty: the default, ${DEFAULT_THRESHOLDS[t.field]}.`}
              onCommit={(text) => {
                const n = parseNumber(text, { allowEmpty: true });
                if (!n.ok) return n.error;
                return apply({ kind: 'set-threshold', field: t.field, value: n.value }, `change ${t.label.toLowerCase()}`);
              }}
            />
          ))}
        </fieldset>

        <fieldset className="settings-section">
          <legend>Therapy profile</legend>
          {THERAPY.map((t) => (
            <SettingsField
              key={t.field}
              label={t.label}
              type="number"
              value={String(therapy[t.field])}
              hint={`${t.hint} Empty: the default, ${DEFAULT_THERAPY[t.field]}.`}
              onCommit={(text) => {
                const n = parseNumber(text, { allowEmpty: true, integer: t.integer });
                if (!n.ok) return n.error;
                return apply({ kind: 'set-therapy', field: t.field, value: n.value }, `change ${t.label.toLowerCase()}`);
              }}
            />
          ))}
          <SettingsField
            label="Avoid"
            value={therapy.avoid.join(', ')}
            hint="Themes the story should not carry, separated by commas."
            onCommit={(text) => apply({ kind: 'set-therapy', field: 'avoid', value: parseList(text) }, 'change avoided themes')}
          />
          <SettingsField
            label="Goals"
            value={therapy.goals.join(', ')}
            hint="Themes the story should work towards, separated by commas."
            onCommit={(text) => apply({ kind: 'set-therapy', field: 'goals', value: parseList(text) }, 'change goal themes')}
          />
        </fieldset>
      </div>
    </dialog>
  );
}
