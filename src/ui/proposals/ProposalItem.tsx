import { memo, useEffect, type FocusEvent } from 'react';
import type { Conflict } from '../../core/analysis/conflict';
import { previewProposal, getOverlay, type PatchPreview, type Proposal } from '../../state';
import { costInWords } from './cost-words';
import { patchSummary } from './patch-summary';

interface Props {
  readonly proposal: Proposal;
  readonly index: number;
  /** Conflicts by id (active and dismissed), to name what a proposal resolves. */
  readonly conflictsById: Pick<ReadonlyMap<string, Conflict>, 'get'>;
  /** The ghost diff, when this proposal is the one previewed. */
  readonly preview: PatchPreview | undefined;
  readonly titleOf: (id: string) => string;
  readonly pending: boolean;
  readonly disabled: boolean;
  readonly onAccept: (proposal: Proposal, index: number) => void;
}

const typeName = (c: Conflict): string => c.type.replace(/-/g, ' ');

function stopPreviewing(id: string): void {
  if (getOverlay().preview?.proposalId === id) previewProposal(null);
}

/** One ranked proposal: what it does, what it resolves and introduces, its cost, and Accept. Hover or focus previews it on the canvas. */
export const ProposalItem = memo(function ProposalItem(props: Props) {
  const { proposal: p, index, conflictsById, preview, titleOf, pending, disabled, onAccept } = props;
  const start = (): void => previewProposal({ proposalId: p.id, patch: p.patch });
  // A proposal that leaves the list (accepted, its conflict resolved) takes its ghost with it: no mouseleave or blur comes then.
  useEffect(() => () => stopPreviewing(p.id), [p.id]);
  const onBlur = (e: FocusEvent<HTMLLIElement>): void => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) stopPreviewing(p.id);
  };
  const safe = p.introduces.length === 0;
  return (
    <li
      className={`proposal${safe ? ' safe' : ''}`}
      data-proposal-id={p.id}
      data-proposal-kind={p.kind}
      onMouseEnter={start}
      onMouseLeave={() => stopPreviewing(p.id)}
      onFocus={start}
      onBlur={onBlur}
    >
      <p className="proposal-desc">
        <span className="rank" aria-hidden="true">
          {index + 1}.
        </span>{' '}
        {p.description}
      </p>
      <dl className="proposal-facts">
        <div>
          <dt>Resolves</dt>
          <dd>
            {p.resolves.length === 0 ? (
              <span className="muted">nothing</span>
            ) : (
              <ul>
                {p.resolves.map((id) => {
                  const c = conflictsById.get(id);
                  return (
                    <li key={id} data-conflict-ref={id}>
                      {c ? (
                        <>
                          <span className="ref-type">{typeName(c)}</span>: {c.message}
                        </>
                      ) : (
                        id
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
          </dd>
        </div>
        <div>
          <dt>Introduces</dt>
          <dd>
            {safe ? (
              <span className="safe-text">nothing new</span>
            ) : (
              <ul>
                {p.introduces.map((c) => (
                  <li key={c.id} className="introduces">
                    <span className="ref-type">{typeName(c)}</span>: {c.message}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div>
          <dt>Cost</dt>
          <dd data-cost={p.cost} title={costInWords(p.cost).explanation}>
            {costInWords(p.cost).size}
          </dd>
        </div>
      </dl>
      {/* Accept comes before the ghost's list of changes: the list appears on hover, and above the
          button it would push the button away from the pointer between press and release. */}
      <button
        type="button"
        className="primary small"
        disabled={disabled}
        aria-label={`Accept: ${p.description}`}
        onClick={() => onAccept(p, index)}
      >
        {pending ? 'Accepting…' : 'Accept'}
      </button>
      {preview && (
        <ul className="proposal-changes" aria-label="What this fix changes">
          {patchSummary(preview, titleOf).map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
    </li>
  );
});
