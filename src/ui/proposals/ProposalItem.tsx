import { memo, useEffect, useLayoutEffect, useRef, type FocusEvent } from 'react';
import type { Conflict } from '../../core/analysis/conflict';
import { previewProposal, getOverlay, type PatchPreview, type Proposal } from '../../state';
import { costInWords } from './cost-words';
import { patchSummary } from './patch-summary';
import { revealInScroller } from './reveal';
import { conflictTypeName } from '../words/conflict-type-name';

interface Props {
  readonly proposal: Proposal;
  readonly index: number;
  /** The conflict the proposals are for: named "this conflict", as its message is shown above the list. */
  readonly targetId: string;
  /** Conflicts by id (active and dismissed), to name what a proposal resolves. */
  readonly conflictsById: Pick<ReadonlyMap<string, Conflict>, 'get'>;
  /** The ghost diff, when this proposal is the one previewed. */
  readonly preview: PatchPreview | undefined;
  readonly titleOf: (id: string) => string;
  readonly pending: boolean;
  readonly disabled: boolean;
  readonly onAccept: (proposal: Proposal, index: number) => void;
}

const typeName = (c: Conflict): string => conflictTypeName(c.type);

function stopPreviewing(id: string): void {
  if (getOverlay().preview?.proposalId === id) previewProposal(null);
}

/**
 * One ranked proposal: what it does, what it resolves and introduces, its cost, and Accept.
 * Hover or focus previews it on the canvas and lists the changes in words under Accept,
 * scrolled into view when the panel is short (see reveal.ts).
 */
export const ProposalItem = memo(function ProposalItem(props: Props) {
  const { proposal: p, index, targetId, conflictsById, preview, titleOf, pending, disabled, onAccept } = props;
  const changes = useRef<HTMLUListElement>(null);
  useLayoutEffect(() => {
    if (changes.current) revealInScroller(changes.current);
  }, [preview]);
  const start = (): void => previewProposal({ proposalId: p.id, patch: p.patch });
  // A proposal that leaves the list (accepted, its conflict resolved) takes its ghost with it: no mouseleave or blur comes then.
  useEffect(() => () => stopPreviewing(p.id), [p.id]);
  const onBlur = (e: FocusEvent<HTMLLIElement>): void => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) stopPreviewing(p.id);
  };
  const safe = p.introduces.length === 0;
  const resolvesTarget = p.resolves.includes(targetId);
  const others = p.resolves.filter((id) => id !== targetId);
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
      <div className="proposal-body">
      <dl className="proposal-facts">
        <div className={others.length > 0 ? 'wide' : undefined}>
          <dt>Resolves</dt>
          <dd>
            {p.resolves.length === 0 && <span className="muted">nothing</span>}
            {resolvesTarget && <span data-conflict-ref={targetId}>this conflict</span>}
            {others.length > 0 && (
              <>
                {resolvesTarget && ` and ${others.length} more`}
                <ul>
                  {others.map((id) => {
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
              </>
            )}
          </dd>
        </div>
        <div className={safe ? undefined : 'wide'}>
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
      <button
        type="button"
        className="primary small"
        disabled={disabled}
        aria-label={`Accept: ${p.description}`}
        onClick={() => onAccept(p, index)}
      >
        {pending ? 'Accepting…' : 'Accept'}
      </button>
      </div>
      {/* Accept comes before the ghost's list of changes: the list appears on hover, and above the
          button it would push the button away from the pointer between press and release. */}
      {preview && (
        <ul className="proposal-changes" aria-label="What this fix changes" ref={changes}>
          {patchSummary(preview, titleOf).map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
    </li>
  );
});
