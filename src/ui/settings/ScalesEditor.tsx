import { useState } from 'react';
import type { Scale } from '../../core/model/story';
import { editSettings } from '../../state';
import { moveScale, parseNumber, sentence } from './settings-values';
import { SettingsField } from './SettingsField';

interface Props {
  readonly scales: readonly Scale[];
  readonly timeUnit: string;
}

/** Applies a new scale list; the core refuses removing a scale in use, duplicates and bad windows. */
function applyScales(scales: readonly Scale[], label: string): string | null {
  const r = editSettings([{ kind: 'set-scales', scales }], label);
  return r.ok ? null : sentence(r.message);
}

/** One row per scale (Label, Window), reorder and remove; a new scale below. */
export function ScalesEditor({ scales, timeUnit }: Props) {
  const [rowError, setRowError] = useState<string | null>(null);
  const [newId, setNewId] = useState('');
  const [newWindow, setNewWindow] = useState('');
  const [addError, setAddError] = useState<string | null>(null);
  const replace = (i: number, scale: Scale) => scales.map((s, k) => (k === i ? scale : s));
  const act = (next: readonly Scale[], label: string) => setRowError(applyScales(next, label));
  const add = () => {
    const id = newId.trim();
    if (id === '') return setAddError('Give the new scale an id.');
    const w = parseNumber(newWindow);
    if (!w.ok) return setAddError(w.error);
    const error = applyScales([...scales, { id, window: w.value! }], `add scale "${id}"`);
    setAddError(error);
    if (!error) {
      setNewId('');
      setNewWindow('');
    }
  };
  return (
    <fieldset className="settings-section">
      <legend>Scales</legend>
      <p className="settings-help">
        Finest first. The window is how long an effect of this scale may follow its cause, in story time ({timeUnit}); a causal gap is flagged beyond window × gap factor.
      </p>
      <div className="scale-row scale-columns" aria-hidden="true">
        <span>Id</span>
        <span>Label</span>
        <span>Window</span>
        <span />
      </div>
      <ol className="scale-rows">
        {scales.map((s, i) => (
          <li key={s.id}>
            <div className="scale-row" role="group" aria-label={`Scale ${s.id}`}>
            <span className="scale-id" title="Scale id (used by events)">
              {s.id}
            </span>
            <SettingsField
              label="Label"
              hideLabel
              value={s.label ?? ''}
              placeholder={s.id}
              onCommit={(text) => {
                const label = text.trim();
                const next: Scale = label === '' ? { id: s.id, window: s.window } : { id: s.id, label, window: s.window };
                return applyScales(replace(i, next), `rename scale "${s.id}"`);
              }}
            />
            <SettingsField
              label="Window"
              hideLabel
              type="number"
              value={String(s.window)}
              className="narrow"
              onCommit={(text) => {
                const w = parseNumber(text);
                if (!w.ok) return w.error;
                return applyScales(replace(i, { ...s, window: w.value! }), `change window of scale "${s.id}"`);
              }}
            />
            <span className="scale-actions">
              <button type="button" className="small" aria-label={`Move scale ${s.id} up`} title="Move up" disabled={i === 0} onClick={() => act(moveScale(scales, i, -1), 'reorder scales')}>
                ↑
              </button>
              <button
                type="button"
                className="small"
                aria-label={`Move scale ${s.id} down`}
                title="Move down"
                disabled={i === scales.length - 1}
                onClick={() => act(moveScale(scales, i, 1), 'reorder scales')}
              >
                ↓
              </button>
              <button type="button" className="small danger" aria-label={`Remove scale ${s.id}`} title="Remove" onClick={() => act(scales.filter((_, k) => k !== i), `remove scale "${s.id}"`)}>
                ✕
              </button>
            </span>
            </div>
          </li>
        ))}
      </ol>
      {rowError && (
        <p className="field-error" role="alert">
          {rowError}
        </p>
      )}
      {/* Enter in either input adds the scale, as Enter commits every other field of the dialog. */}
      <div
        className="scale-add"
        role="group"
        aria-label="New scale"
        onKeyDown={(e) => {
          if (e.key !== 'Enter' || !(e.target instanceof HTMLInputElement)) return;
          e.preventDefault();
          add();
        }}
      >
        <div className="field">
          <label htmlFor="new-scale-id">New scale id</label>
          <input id="new-scale-id" type="text" value={newId} onChange={(e) => setNewId(e.target.value)} aria-invalid={addError ? true : undefined} aria-describedby={addError ? 'new-scale-error' : undefined} />
        </div>
        <div className="field narrow">
          <label htmlFor="new-scale-window">New scale window</label>
          <input id="new-scale-window" type="text" inputMode="decimal" value={newWindow} onChange={(e) => setNewWindow(e.target.value)} aria-invalid={addError ? true : undefined} aria-describedby={addError ? 'new-scale-error' : undefined} />
        </div>
        <button type="button" className="small" onClick={add}>
          Add scale
        </button>
      </div>
      {addError && (
        <p className="field-error" id="new-scale-error" role="alert">
          {addError}
        </p>
      )}
    </fieldset>
  );
}
