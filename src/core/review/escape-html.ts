const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Story text as HTML text or attribute value: `<script>` becomes `&lt;script&gt;`, so a title
 * can never open an element, end an attribute or start a script in the report.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
