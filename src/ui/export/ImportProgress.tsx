import { useEffect } from 'react';
import { megabytes, type ImportProgress as Progress } from '../../state';
import './export.css';

interface Props {
  readonly fileName: string;
  /** Undefined until the job's first report. */
  readonly progress: Progress | undefined;
  readonly onCancel: () => void;
}

const count = new Intl.NumberFormat('en-US');

/** What the import is doing, in words: by phase, with the megabytes read or the counts being checked. */
export function progressText(fileName: string, p: Progress | undefined): string {
  if (p === undefined) return `Starting to read ${fileName}…`;
  switch (p.phase) {
    case 'reading':
      return `Reading ${fileName}: ${megabytes(p.bytes).replace(' MB', '')} of ${megabytes(p.total)}`;
    case 'parsing':
      return `Parsing ${fileName} (${megabytes(p.bytes)})…`;
    case 'validating':
      return `Checking ${count.format(p.events)} events and ${count.format(p.links)} links…`;
    case 'opening':
      return `Opening ${count.format(p.events)} events and ${count.format(p.links)} links…`;
  }
}

/** A fixed share of the bar per phase: reading is the only one that can say how far it is. */
function fraction(p: Progress | undefined): number {
  if (p === undefined) return 0;
  switch (p.phase) {
    case 'reading':
      return p.total > 0 ? (0.4 * p.bytes) / p.total : 0.4;
    case 'parsing':
      return 0.4;
    case 'validating':
      return 0.6;
    case 'opening':
      return 0.8;
  }
}

/** A key press meant for a text field or a dialog (they have their own Escape), not for the page. */
function meantForSomethingElse(e: KeyboardEvent): boolean {
  const t = e.target;
  if (!(t instanceof HTMLElement)) return false;
  if (t.closest('dialog, [role="dialog"], [role="menu"]')) return true;
  return t.isContentEditable || t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement || (t instanceof HTMLInputElement && t.type !== 'button');
}

/**
 * An import in progress, over the graph where its errors would appear: the phase in
 * words, a bar, and Cancel (Escape anywhere on the page outside a field or dialog
 * cancels too). The file is read in the background, so the studio stays usable meanwhile.
 */
export function ImportProgress({ fileName, progress, onCancel }: Props) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.key !== 'Escape' || e.defaultPrevented || meantForSomethingElse(e)) return;
      // This Escape was for the import: the studio's own (clearing the selection) would lose what the user had selected.
      e.preventDefault();
      onCancel();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onCancel]);
  const text = progressText(fileName, progress);
  const percent = Math.round(fraction(progress) * 100);
  return (
    <div className="import-progress" role="group" aria-label={`Importing ${fileName}`} aria-busy="true" data-testid="import-progress" data-phase={progress?.phase ?? 'starting'}>
      <progress max={100} value={percent} aria-label="Import progress" aria-valuetext={`${percent}%: ${text}`} />
      {/* Announced once per phase, not per megabyte: the bar carries the fine-grained figure. */}
      <span role="status">{progress?.phase === 'reading' ? `Reading ${fileName}…` : text}</span>
      <span className="import-progress-detail" aria-hidden="true">
        {progress?.phase === 'reading' ? `${megabytes(progress.bytes).replace(' MB', '')} of ${megabytes(progress.total)}` : ''}
      </span>
      {/* Once it is opening, the story is stored and becomes the open one: too late to take back halfway. */}
      <button type="button" className="small" onClick={onCancel} disabled={progress?.phase === 'opening'} title="Stop the import (Escape); your open story stays as it is">
        Cancel import
      </button>
    </div>
  );
}
