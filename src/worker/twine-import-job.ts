import { readStoryFile, type ReadStoryResult } from '../core/twine/story-file';
import { defineJob } from './job';

/**
 * Reading an imported Twine or Twee file: parsing a published story (half a megabyte of
 * story-format code around the passages) and mapping thousands of passages takes long
 * enough to freeze the page, so it runs off the main thread as the `twine-import` job.
 */
export interface TwineImportInput {
  readonly fileName: string;
  readonly text: string;
  /** Which story of a library archive; absent: ask when there are several. */
  readonly choose?: number;
}

export const twineImportJob = defineJob<TwineImportInput, never, ReadStoryResult>({
  run: (input) => readStoryFile(input.fileName, input.text, input.choose === undefined ? {} : { choose: input.choose }),
});
