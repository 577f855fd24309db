/**
 * Finds the passages a passage links to, in the forms the four Twine 2 story formats share
 * or offer with a literal target:
 * - `[[target]]`, `[[label|target]]`, `[[label->target]]`, `[[target<-label]]` anywhere,
 *   inside macros too (SugarCube's `[[label|target][$setter]]` included);
 * - Harlowe `(link-goto: "label", "target")`, `(goto: "target")`, `(click-goto: ?h, "t")`…;
 * - SugarCube `<<link "label" "target">>`, `<<button "label" "target">>`, `<<goto "target">>`;
 * - Chapbook `{link to: 'target', label: 'x'}`, `{reveal link: 'x', passage: 'target'}`;
 * - `data-passage="target"` (Snowman and SugarCube HTML links).
 * Targets computed at run time (variables, expressions) cannot be known and are not links.
 */

export interface PassageLink {
  readonly target: string;
  /** The source text of the link, for messages. */
  readonly text: string;
}

// One line at most, as in Twine's own link parser: an unclosed `[[` does not swallow the next lines.
const SQUARE = /\[\[((?:[^\]\n]|\](?!\]))+)\]\]/g;
const STRING = String.raw`("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')`;
const HARLOWE = new RegExp(
  String.raw`\((link-goto|link-reveal-goto|click-goto|mouseover-goto|mouseout-goto|goto|go-to)\s*:\s*${STRING}(?:\s*,\s*${STRING})?(?=\s*\))`,
  'gi',
);
const HARLOWE_HOOK_GOTO = new RegExp(String.raw`\((click-goto|mouseover-goto|mouseout-goto)\s*:\s*[?][\w-]+\s*,\s*${STRING}(?=\s*\))`, 'gi');
const SUGARCUBE_PAIR = new RegExp(String.raw`<<(link|button)\s+${STRING}\s+${STRING}(?=\s*>>)`, 'g');
const SUGARCUBE_GOTO = new RegExp(String.raw`<<goto\s+${STRING}(?=\s*>>)`, 'g');
const CHAPBOOK_LINK = new RegExp(String.raw`\{(?:link to|reveal link\s*:[^}]*?passage)\s*:\s*${STRING}`, 'g');
const DATA_PASSAGE = new RegExp(String.raw`data-passage\s*=\s*${STRING}`, 'g');

/** The value of a quoted string literal, with backslash escapes resolved. */
function literal(quoted: string): string {
  return quoted.slice(1, -1).replace(/\\(.)/g, '$1');
}

/**
 * The target of the inside of `[[...]]`, as Twine 2 reads it: a SugarCube setter `][...` is cut
 * off; then the rightmost `->` or else the leftmost `<-` divides label and target; then a `|`.
 */
export function squareLinkTarget(inner: string): string {
  const setter = inner.indexOf('][');
  const body = setter >= 0 ? inner.slice(0, setter) : inner;
  const arrow = body.lastIndexOf('->');
  if (arrow >= 0) return body.slice(arrow + 2);
  const back = body.indexOf('<-');
  if (back >= 0) return body.slice(0, back);
  const bar = body.lastIndexOf('|');
  if (bar >= 0) return body.slice(bar + 1);
  return body;
}

const EXTERNAL = /^[a-z][a-z0-9+.-]*:\/\//i;

/** All links of a passage text, in order of appearance, each target trimmed; external URLs left out. */
export function passageLinks(text: string): PassageLink[] {
  const found: { at: number; link: PassageLink }[] = [];
  const add = (at: number, target: string, source: string): void => {
    const t = target.trim();
    if (t !== '' && !EXTERNAL.test(t)) found.push({ at, link: { target: t, text: source } });
  };
  for (const m of text.matchAll(SQUARE)) add(m.index, squareLinkTarget(m[1]!), m[0]);
  for (const m of text.matchAll(HARLOWE)) {
    const macro = m[1]!.toLowerCase();
    const first = literal(m[2]!);
    const second = m[3] === undefined ? undefined : literal(m[3]);
    // (goto: "t") has one argument; (link-goto: "label", "t") names its target last.
    add(m.index, macro === 'goto' || macro === 'go-to' || second === undefined ? first : second, m[0] + ')');
  }
  for (const m of text.matchAll(HARLOWE_HOOK_GOTO)) add(m.index, literal(m[2]!), m[0] + ')');
  for (const m of text.matchAll(SUGARCUBE_PAIR)) add(m.index, literal(m[3]!), m[0] + '>>');
  for (const m of text.matchAll(SUGARCUBE_GOTO)) add(m.index, literal(m[1]!), m[0] + '>>');
  for (const m of text.matchAll(CHAPBOOK_LINK)) add(m.index, literal(m[1]!), m[0] + '}');
  for (const m of text.matchAll(DATA_PASSAGE)) add(m.index, literal(m[1]!), m[0]);
  found.sort((a, b) => a.at - b.at);
  return found.map((f) => f.link);
}
