/**
 * A Twine 2 story as both Twine formats hold it (Twee 3 and Twine 2 HTML): the common
 * ground of the Twee 3 specification and the Twine 2 HTML output specification.
 */

export interface TwinePassage {
  readonly name: string;
  readonly tags: readonly string[];
  /** "x,y" and "w,h" as both formats write them; absent when the file had none. */
  readonly position?: string;
  readonly size?: string;
  readonly text: string;
  /** 1-based line of the passage header (Twee) or opening tag (HTML), for messages. */
  readonly line: number;
}

export interface TwineStory {
  readonly name: string;
  readonly ifid?: string;
  readonly format?: string;
  readonly formatVersion?: string;
  /** Name of the start passage. */
  readonly start?: string;
  readonly zoom?: number;
  readonly tagColors?: Readonly<Record<string, string>>;
  /** Story JavaScript and stylesheet (Twee: passages tagged `script` / `stylesheet`). */
  readonly script: string;
  readonly stylesheet: string;
  /** Story passages only: no StoryTitle, StoryData, script or stylesheet passages. */
  readonly passages: readonly TwinePassage[];
}

/** A problem found while reading a Twine file, located by line (1-based, 0 when not known). */
export interface TwineIssue {
  readonly line: number;
  readonly message: string;
}

export type TwineParseResult<T> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly TwineIssue[] }
  | { readonly ok: false; readonly errors: readonly TwineIssue[] };
