import { DEFAULT_THERAPY } from '../../core/model/defaults';
import { profileCautions } from '../../core/review/profile-cautions';
import { STARTER_PROFILES } from '../../core/review/starter-profiles';
import { THERAPY_FIELDS } from '../../core/review/therapy-fields';
import { applyStarterProfile, setTherapyLimit, setTherapyThemes, useDocument, useStoryThemes } from '../../state';
import { ChipList } from '../inspector/ChipList';
import { LimitField } from './LimitField';

/**
 * The story's therapy block as a form: starter profiles to begin from, the five limits as
 * sliders with numbers, goals and avoided themes as chips with the story's themes suggested.
 * Each change is one undoable edit, the same ops as Story settings.
 */
export function TherapyProfile() {
  const therapy = useDocument((d) => d.story.therapy);
  const themes = useStoryThemes();
  const goals = therapy?.goals ?? [];
  const avoid = therapy?.avoid ?? [];
  const cautions = profileCautions({ ...DEFAULT_THERAPY, ...therapy });
  return (
    <section className="review-card therapy-profile" aria-labelledby="therapy-profile-title" role="region">
      <h3 id="therapy-profile-title">Therapy profile</h3>
      {therapy === undefined && (
        <p className="review-callout">No therapy profile is set, so alignment is not assessed. Start from one of these:</p>
      )}
      <div className="starter-profiles" role="group" aria-label="Starter profiles">
        {STARTER_PROFILES.map((p) => (
          <button key={p.id} type="button" className="small" title={p.purpose} onClick={() => applyStarterProfile(p)}>
            Start from {p.name}
          </button>
        ))}
      </div>
      <div className="limits">
        {THERAPY_FIELDS.map((f) => (
          <LimitField
            key={f.key}
            field={f}
            value={therapy?.[f.key] ?? DEFAULT_THERAPY[f.key]}
            set={therapy?.[f.key] !== undefined}
            onCommit={(v) => setTherapyLimit(f.key, v, f.label)}
          />
        ))}
      </div>
      {cautions.length > 0 && (
        <ul className="review-callout profile-cautions" aria-label="About these limits">
          {cautions.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      )}
      <div className="theme-chips">
        <ChipList
          label="Goals"
          noun="goal"
          items={goals}
          suggestions={themes.filter((t) => !goals.includes(t))}
          onAdd={(t) => setTherapyThemes('goals', [...goals, t])}
          onRemove={(t) => setTherapyThemes('goals', goals.filter((g) => g !== t))}
        />
        <ChipList
          label="Avoid"
          noun="avoided theme"
          items={avoid}
          suggestions={themes.filter((t) => !avoid.includes(t))}
          onAdd={(t) => setTherapyThemes('avoid', [...avoid, t])}
          onRemove={(t) => setTherapyThemes('avoid', avoid.filter((g) => g !== t))}
        />
      </div>
    </section>
  );
}
