import { useEffect, useRef } from 'react';
import { setShortcutsOpen, useDemoView } from '../../state';
import { SHORTCUTS, type Shortcut } from '../keyboard/shortcut-table';

const GROUPS: readonly Shortcut['group'][] = ['Editing', 'View', 'Help and demo'];

/** The keyboard shortcut sheet: a modal dialog listing SHORTCUTS, the table the key handlers use. */
export function ShortcutSheet() {
  const open = useDemoView((v) => v.shortcutsOpen);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="shortcut-sheet" aria-labelledby="shortcut-sheet-title" onClose={() => setShortcutsOpen(false)}>
      <div className="panel-head">
        <h2 id="shortcut-sheet-title">Keyboard shortcuts</h2>
        <button type="button" className="small" onClick={() => setShortcutsOpen(false)}>
          Close
        </button>
      </div>
      {GROUPS.map((group) => (
        <section key={group} aria-label={group}>
          <h3>{group}</h3>
          <table>
            <tbody>
              {SHORTCUTS.filter((s) => s.group === group).map((s) => (
                <tr key={s.id} data-shortcut={s.id}>
                  <th scope="row">
                    {s.keys.map((combo, i) => (
                      <span key={combo.join('+')}>
                        {i > 0 && <span className="muted"> or </span>}
                        {combo.map((k, j) => (
                          <span key={k}>
                            {j > 0 && '+'}
                            <kbd>{k}</kbd>
                          </span>
                        ))}
                      </span>
                    ))}
                  </th>
                  <td>{s.description}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      <section aria-label="In lists">
        <h3>In lists</h3>
        <p className="muted">
          The Events and Conflicts lists are one <kbd>Tab</kbd> stop each: <kbd>↑</kbd> and <kbd>↓</kbd> move within a list, <kbd>Home</kbd> and{' '}
          <kbd>End</kbd> go to its first and last item, <kbd>Tab</kbd> moves on past it.
        </p>
      </section>
    </dialog>
  );
}
