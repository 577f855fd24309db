import { readStoryFile, type ReadStoryResult } from '../core/twine/story-file';

/**
 * Reading an imported Twine or Twee file: parsing a published story (half a megabyte of
 * story-format code around the passages) and mapping thousands of passages takes long
 * enough to freeze the page, so it runs off the main thread. Shaped as a background job
 * definition (`run(input)`), so it can join the jobs table as `'twine-import'`.
 */
export interface TwineImportInput {
  readonly fileName: string;
  readonly text: string;
  /** Which story of a library archive; absent: ask when there are several. */
  readonly choose?: number;
}

export const twineImportJob = {
  run(input: TwineImportInput): ReadStoryResult {
    return readStoryFile(input.fileName, input.text, input.choose === undefined ? {} : { choose: input.choose });
  },
};
