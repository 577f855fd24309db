import { useEffect, useId, useRef, useState } from 'react';
import { EXPORT_TEXT_FORMATS, exportStoryFile, getDocument, notify, type StoryFileKind } from '../../state';
import { currentLanes, graphInstance } from '../graph/graph-controller';
import { downloadBlob } from './download-blob';
import { graphPicture, pictureLanes, type PictureScope } from './graph-snapshot';
import { graphPng } from './graph-png';
import { graphSvg } from './graph-svg';
import './export.css';

/**
 * The Export menu: the story as Story JSON, Twee 3 or Twine 2 HTML, and the graph as an
 * SVG or PNG picture of the whole story or the current view. A menu button (WAI-ARIA
 * menu pattern): arrow keys move, Enter chooses, Escape closes and returns focus.
 */

type Item =
  | { readonly label: string; readonly kind: StoryFileKind }
  | { readonly label: string; readonly picture: 'svg' | 'png'; readonly scope: PictureScope };

const ITEMS: readonly Item[] = [
  ...EXPORT_TEXT_FORMATS.map((f): Item => ({ label: f.label, kind: f.kind })),
  { label: 'SVG image (whole story)', picture: 'svg', scope: 'whole' },
  { label: 'SVG image (current view)', picture: 'svg', scope: 'view' },
  { label: 'PNG image (whole story)', picture: 'png', scope: 'whole' },
  { label: 'PNG image (current view)', picture: 'png', scope: 'view' },
];

function baseName(title: string): string {
  return (
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'story'
  );
}

/** Resolves once the page has drawn the frame after now (a task after the next animation frame). */
const afterPaint = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

async function run(item: Item, onError: (message: string) => void): Promise<void> {
  if ('kind' in item) {
    const { filename, text, mime } = exportStoryFile(item.kind);
    downloadBlob(filename, new Blob([text], { type: mime }));
    return;
  }
  const cy = graphInstance();
  if (cy === null) {
    onError('The graph is not shown, so there is no picture to export.');
    return;
  }
  const { story } = getDocument();
  const name = `${baseName(story.title)}${item.scope === 'view' ? '-view' : ''}`;
  if (item.picture === 'svg') {
    downloadBlob(`${name}.svg`, new Blob([graphSvg(graphPicture(cy, story, item.scope, currentLanes()))], { type: 'image/svg+xml' }));
  } else {
    downloadBlob(`${name}.png`, await graphPng(cy, story.title, item.scope === 'whole', pictureLanes(currentLanes())));
  }
}

export function ExportMenu() {
  const onError = (message: string) => void notify('error', message);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const items = useRef<(HTMLButtonElement | null)[]>([]);
  const menuId = useId();

  useEffect(() => {
    if (open) items.current[0]?.focus();
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  const onKey = (e: React.KeyboardEvent, i: number) => {
    const n = ITEMS.length;
    const move = (to: number) => {
      e.preventDefault();
      items.current[(to + n) % n]?.focus();
    };
    if (e.key === 'ArrowDown') move(i + 1);
    else if (e.key === 'ArrowUp') move(i - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(n - 1);
    else if (e.key === 'Escape') {
      e.preventDefault();
      close(true);
    } else if (e.key === 'Tab') close(false);
  };

  const choose = (item: Item) => {
    close(true);
    setBusy(true);
    // The busy mark is drawn before the work starts: a picture of a 20,000-event story takes seconds in this thread.
    afterPaint()
      .then(() => run(item, onError))
      .catch((err: unknown) => onError(`Export failed: ${err instanceof Error ? err.message : String(err)}`))
      .finally(() => setBusy(false));
  };

  return (
    <div
      className="export-menu"
      onBlur={(e) => {
        if (open && !e.currentTarget.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-busy={busy}
        title="Download the story (JSON, Twee 3, Twine 2 HTML) or a picture of the graph (SVG, PNG)"
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        Export
        {busy && <span className="spinner" aria-hidden="true" />}
      </button>
      {open && (
        <ul id={menuId} role="menu" aria-label="Export as" className="export-menu-list">
          {ITEMS.map((item, i) => (
            <li key={item.label} role="none">
              <button
                ref={(el) => {
                  items.current[i] = el;
                }}
                type="button"
                role="menuitem"
                tabIndex={-1}
                onKeyDown={(e) => onKey(e, i)}
                onClick={() => choose(item)}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
