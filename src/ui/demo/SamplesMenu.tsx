import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { fetchSampleIndex, openSample, resetSample, sampleIdOf, useDocument } from '../../state';

/** `Samples` in the library: the bundled stories (loaded on demand), each opened as a fresh copy; `Reset sample` for an open copy. */
export function SamplesMenu() {
  const [open, setOpen] = useState(false);
  const isSampleCopy = useDocument((d) => sampleIdOf(d.story) !== undefined);
  const index = useQuery({ queryKey: ['samples-index'], queryFn: fetchSampleIndex, enabled: open, staleTime: Infinity, retry: false });
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  // A menu: a press anywhere else closes it, as the Export menu closes.
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (e: PointerEvent): void => {
      if (e.target instanceof Node && !root.current?.contains(e.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);
  // Closed from inside (Escape, a sample picked), the list's buttons go: the focus returns to Samples.
  const close = (): void => {
    setOpen(false);
    if (root.current?.contains(document.activeElement)) toggle.current?.focus();
  };
  return (
    <div
      ref={root}
      className="samples-menu"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          close();
        }
      }}
    >
      <div className="samples-buttons">
        <button ref={toggle} type="button" aria-expanded={open} aria-controls="samples-list" onClick={() => setOpen((o) => !o)}>
          Samples
        </button>
        {isSampleCopy && (
          <button type="button" onClick={() => void resetSample()} title="Undo every change to this sample copy">
            Reset sample
          </button>
        )}
      </div>
      {open && (
        <div id="samples-list" className="samples-list" aria-busy={index.isFetching}>
          {index.error && <p className="field-error">{index.error.message}</p>}
          {index.isFetching && <p className="muted">Loading samples…</p>}
          {index.data && (
            <ul aria-label="Bundled samples">
              {index.data.map((s) => (
                <li key={s.id} data-sample-id={s.id}>
                  <button
                    type="button"
                    aria-describedby={`sample-desc-${s.id}`}
                    onClick={() => {
                      close();
                      void openSample(s.id);
                    }}
                  >
                    {s.title}
                  </button>
                  <span id={`sample-desc-${s.id}`} className="muted small-text">
                    {s.description}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
