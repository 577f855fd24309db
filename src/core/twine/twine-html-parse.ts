import { Parser } from 'htmlparser2';
import { lineIndex } from './line-index';
import type { TwineIssue, TwineParseResult, TwinePassage, TwineStory } from './twine-story';

/**
 * Reads Twine 2 HTML (a published story, or a library archive holding several stories) as
 * the Twine 2 HTML output specification defines it: each `<tw-storydata>` (name, startnode,
 * ifid, format, format-version, zoom) holds `<tw-passagedata>` elements (pid, name, tags,
 * position, size) whose entity-escaped text is the passage, plus the story's
 * `<script type="text/twine-javascript">`, `<style type="text/twine-css">` and `<tw-tag>`s.
 *
 * htmlparser2 reads the file as data: no DOM, nothing is run, scripts stay text. It runs in
 * the worker and in Node alike, and gives the offset of each tag, so problems name a line.
 */

interface OpenStory {
  attrs: Record<string, string>;
  line: number;
  passages: { attrs: Record<string, string>; line: number; text: string }[];
  script: string;
  stylesheet: string;
  tagColors: Record<string, string>;
}

type Capture = 'passage' | 'script' | 'stylesheet' | null;

function isScript(name: string, attrs: Record<string, string>): boolean {
  return name === 'script' && (attrs['type'] === 'text/twine-javascript' || attrs['role'] === 'script');
}

function isStyle(name: string, attrs: Record<string, string>): boolean {
  return name === 'style' && (attrs['type'] === 'text/twine-css' || attrs['role'] === 'stylesheet');
}

function finishStory(open: OpenStory, errors: TwineIssue[], warnings: TwineIssue[]): TwineStory {
  const a = open.attrs;
  const passages: TwinePassage[] = [];
  const byPid = new Map<string, string>();
  for (const p of open.passages) {
    const name = p.attrs['name'];
    if (name === undefined || name.trim() === '') {
      errors.push({ line: p.line, message: `<tw-passagedata pid="${p.attrs['pid'] ?? '?'}"> has no name attribute` });
      continue;
    }
    const pid = p.attrs['pid'];
    if (pid !== undefined) {
      if (byPid.has(pid)) warnings.push({ line: p.line, message: `passage "${name}" repeats pid ${pid} of "${byPid.get(pid)!}"` });
      else byPid.set(pid, name);
    }
    const tags = (p.attrs['tags'] ?? '').split(/\s+/).filter((t) => t !== '');
    const passage: TwinePassage = { name, tags, text: p.text, line: p.line };
    const position = p.attrs['position'];
    const size = p.attrs['size'];
    passages.push({ ...passage, ...(position !== undefined && { position }), ...(size !== undefined && { size }) });
  }
  const storyName = a['name'] ?? '';
  let start: string | undefined;
  const startnode = a['startnode'];
  if (startnode !== undefined && startnode !== '') {
    start = byPid.get(startnode);
    if (start === undefined) {
      warnings.push({ line: open.line, message: `story "${storyName}": startnode ${startnode} is the pid of no passage` });
    }
  }
  const zoom = a['zoom'] === undefined ? undefined : Number(a['zoom']);
  const story: TwineStory = {
    name: storyName.trim() === '' ? 'Untitled Story' : storyName,
    ...(a['ifid'] !== undefined && { ifid: a['ifid'] }),
    ...(a['format'] !== undefined && { format: a['format'] }),
    ...(a['format-version'] !== undefined && { formatVersion: a['format-version'] }),
    ...(start !== undefined && { start }),
    ...(zoom !== undefined && Number.isFinite(zoom) && { zoom }),
    ...(Object.keys(open.tagColors).length > 0 && { tagColors: open.tagColors }),
    script: open.script,
    stylesheet: open.stylesheet,
    passages,
  };
  return story;
}

/** Parses Twine 2 HTML into its stories (one for a published story, any number for an archive). */
export function parseTwineHtml(source: string): TwineParseResult<TwineStory[]> {
  const lineOf = lineIndex(source);
  const errors: TwineIssue[] = [];
  const warnings: TwineIssue[] = [];
  const stories: TwineStory[] = [];
  let story: OpenStory | null = null;
  let capture: Capture = null;
  let passage: OpenStory['passages'][number] | null = null;
  let twine1Line = 0;
  // Raw tags found inside a passage (an unescaped hand-made file) are kept as text.
  let nestedInPassage = 0;

  const parser: Parser = new Parser(
    {
      onopentag(name, attrs) {
        const line = lineOf(parser.startIndex);
        if (passage !== null) {
          nestedInPassage++;
          passage.text += source.slice(parser.startIndex, parser.endIndex + 1);
          return;
        }
        if (name === 'tw-storydata') {
          if (story !== null) {
            errors.push({ line, message: `<tw-storydata> inside the <tw-storydata> of line ${story.line}` });
            return;
          }
          story = { attrs, line, passages: [], script: '', stylesheet: '', tagColors: {} };
        } else if (story === null) {
          if (attrs['id'] === 'storeArea' || attrs['tiddler'] !== undefined) twine1Line ||= line;
        } else if (name === 'tw-passagedata') {
          passage = { attrs, line, text: '' };
          story.passages.push(passage);
          capture = 'passage';
        } else if (isScript(name, attrs)) {
          capture = 'script';
        } else if (isStyle(name, attrs)) {
          capture = 'stylesheet';
        } else if (name === 'tw-tag' && attrs['name'] !== undefined && attrs['color'] !== undefined) {
          story.tagColors[attrs['name']] = attrs['color'];
        }
      },
      ontext(text) {
        if (capture === 'passage' && passage !== null) passage.text += text;
        else if (capture === 'script' && story !== null) story.script += text;
        else if (capture === 'stylesheet' && story !== null) story.stylesheet += text;
      },
      onclosetag(name, isImplied) {
        if (passage !== null && nestedInPassage > 0) {
          nestedInPassage--;
          if (!isImplied) passage.text += source.slice(parser.startIndex, parser.endIndex + 1);
          return;
        }
        if (name === 'tw-passagedata' && passage !== null) {
          if (isImplied) {
            errors.push({ line: passage.line, message: `<tw-passagedata name="${passage.attrs['name'] ?? '?'}"> is never closed` });
          }
          passage = null;
          capture = null;
        } else if ((name === 'script' || name === 'style') && capture !== 'passage') {
          capture = null;
        } else if (name === 'tw-storydata' && story !== null) {
          if (isImplied) errors.push({ line: story.line, message: `<tw-storydata name="${story.attrs['name'] ?? ''}"> is never closed` });
          stories.push(finishStory(story, errors, warnings));
          story = null;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(source);
  parser.end();
  if (story !== null) {
    const open: OpenStory = story;
    errors.push({ line: open.line, message: `<tw-storydata name="${open.attrs['name'] ?? ''}"> is never closed` });
  }
  if (errors.length > 0) return { ok: false, errors };
  if (stories.length === 0) {
    const message =
      twine1Line > 0
        ? 'this is a Twine 1 story (it has a storeArea); open it in Twine 2 and publish or archive it again'
        : 'no <tw-storydata> element: this is not a Twine 2 story (published HTML or library archive)';
    return { ok: false, errors: [{ line: twine1Line, message }] };
  }
  return { ok: true, value: stories, warnings };
}
