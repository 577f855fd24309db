/// <reference lib="webworker" />
import { twineImportJob, type TwineImportInput } from './twine-import-job';

/** Reads one imported Twine/Twee file per message and answers with the result. */
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<TwineImportInput>) => {
  try {
    scope.postMessage({ ok: true, result: twineImportJob.run(event.data) });
  } catch (thrown) {
    scope.postMessage({ ok: false, message: thrown instanceof Error ? thrown.message : String(thrown) });
  }
};
