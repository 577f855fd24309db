import { toggleReview, useReview } from '../../state';

/** The toolbar's `Review` toggle: switches the studio into review mode and back. */
export function ReviewButton() {
  const open = useReview((r) => r.open);
  return (
    <button type="button" data-review-toggle aria-pressed={open} title="The therapist's view: profile, tension curve, goals, notes and the report" onClick={() => toggleReview()}>
      Review
    </button>
  );
}
