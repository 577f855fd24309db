/** Small line icons drawn inline, so no icon font is needed and every glyph renders. */
const PATHS = {
  pencil: 'M3 13.5V16h2.5l7.4-7.4-2.5-2.5L3 13.5zM14.7 6.8a.7.7 0 0 0 0-1l-1.5-1.5a.7.7 0 0 0-1 0l-1.2 1.2 2.5 2.5 1.2-1.2z',
  copy: 'M6 3h8a1 1 0 0 1 1 1v8h-1.5V4.5H6V3zM3.5 6.5h7a1 1 0 0 1 1 1v7a1 1 0 0 1-1 1h-7a1 1 0 0 1-1-1v-7a1 1 0 0 1 1-1zm.5 1.5v6h6V8H4z',
  trash: 'M7 3h4l.5 1H15v1.5H3V4h3.5L7 3zM4.5 6.5h9l-.7 8.6a1 1 0 0 1-1 .9H6.2a1 1 0 0 1-1-.9l-.7-8.6z',
} as const;

export type IconName = keyof typeof PATHS;

/** A decorative 16px icon (the button around it carries the name). */
export function Icon({ name }: { readonly name: IconName }) {
  return (
    <svg width="14" height="14" viewBox="0 0 18 18" aria-hidden="true" focusable="false" fill="currentColor">
      <path d={PATHS[name]} fillRule="evenodd" />
    </svg>
  );
}
