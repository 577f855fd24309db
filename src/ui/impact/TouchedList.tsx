import type { Ripple } from '../../state';

/** The characters, locations and themes the ripple touches. */
export function TouchedList({ ripple, characterName }: { readonly ripple: Ripple; readonly characterName: (id: string) => string }) {
  const rows: [string, readonly string[]][] = [
    ['Characters', ripple.characters.map(characterName)],
    ['Locations', ripple.locations],
    ['Themes', ripple.themes],
  ];
  return (
    <dl className="impact-touched">
      {rows.map(([label, items]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{items.length > 0 ? items.join(', ') : <span className="muted">none</span>}</dd>
        </div>
      ))}
    </dl>
  );
}
