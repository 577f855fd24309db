import { useId, useState, type KeyboardEvent } from 'react';
import { Inspector } from '../inspector/Inspector';
import { StoryLibrary } from '../library/StoryLibrary';
import { EventsOutline } from '../outline/EventsOutline';

const TABS = [
  { key: 'outline', label: 'Stories & events' },
  { key: 'inspector', label: 'Inspector' },
] as const;
type TabKey = (typeof TABS)[number]['key'];

/** The side column on narrow screens: a tab list (arrow keys move between tabs) over the two panels; the hidden one stays mounted. */
export function SideTabs() {
  const [tab, setTab] = useState<TabKey>('inspector');
  const id = useId();
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    e.preventDefault();
    const i = TABS.findIndex((t) => t.key === tab);
    const next = TABS[(i + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!;
    setTab(next.key);
    document.getElementById(`${id}-tab-${next.key}`)?.focus();
  };
  return (
    <section className="sidebar side-tabs" aria-label="Details">
      <div className="tab-list" role="tablist" aria-label="Side panels" onKeyDown={onKeyDown}>
        {TABS.map((t) => (
          <button
            key={t.key}
            id={`${id}-tab-${t.key}`}
            type="button"
            role="tab"
            aria-selected={tab === t.key}
            aria-controls={`${id}-panel-${t.key}`}
            tabIndex={tab === t.key ? 0 : -1}
            className="tab"
            onClick={() => setTab(t.key)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div id={`${id}-panel-outline`} role="tabpanel" aria-labelledby={`${id}-tab-outline`} className="tab-panel" hidden={tab !== 'outline'}>
        <StoryLibrary />
        <EventsOutline />
      </div>
      <div id={`${id}-panel-inspector`} role="tabpanel" aria-labelledby={`${id}-tab-inspector`} className="tab-panel" hidden={tab !== 'inspector'}>
        <Inspector />
      </div>
    </section>
  );
}
