interface Issue {
  readonly message: string;
}

/**
 * The first line of the import warnings. It says that unknown keys are not kept only when some
 * warning is one: over others (a character named but not declared, which is declared for it)
 * it sent people looking for data that was there.
 */
export function warningsHeadline(fileName: string, warnings: readonly Issue[]): string {
  const counted = `${fileName} was imported with ${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'}.`;
  const dropsKeys = warnings.some((w) => w.message.startsWith('unknown key'));
  return dropsKeys
    ? `${counted} Keys the story format does not know are not kept in the studio or on export; check each place below.`
    : `${counted} Check each place below.`;
}
