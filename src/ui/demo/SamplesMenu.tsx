import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { fetchSampleIndex, openSample, resetSample, sampleIdOf, useDocument } from '../../state';

/** `Samples` in the library: the bundled stories (loaded on demand), each opened as a fresh copy; `Reset sample` for an open copy. */
export function SamplesMenu() {
  const [open, setOpen] = useState(false);
  const isSampleCopy = useDocument((d) => sampleIdOf(d.story) !== undefined);
  const index = useQuery({ queryKey: ['samples-index'], queryFn: fetchSampleIndex, enabled: open, staleTime: Infinity, retry: false });
  return (
    <div
      className="samples-menu"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
        }
      }}
    >
      <div className="samples-buttons">
        <button type="button" aria-expanded={open} aria-controls="samples-list" onClick={() => setOpen((o) => !o)}>
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
                      setOpen(false);
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
