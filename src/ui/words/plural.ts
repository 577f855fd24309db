const grouped = new Intl.NumberFormat('en-US');

/** A count as the studio writes it: "20,000". */
export function countText(count: number): string {
  return grouped.format(count);
}

/** "1 conflict", "2 conflicts", "20,000 events"; give the plural when it is not the singular plus "s". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${countText(count)} ${count === 1 ? singular : pluralForm}`;
}

/** "a scene", "an arc", "an hour": the indefinite article by the word's first sound (vowel letters, plus a silent h in "hour"/"honest"). */
export function withArticle(word: string): string {
  const w = word.trim().toLowerCase();
  const vowelSound = /^[aeiou]/.test(w) ? !/^(uni|use|usu|uto|eu|one)/.test(w) : /^(hour|honest|honou?r|heir)/.test(w);
  return `${vowelSound ? 'an' : 'a'} ${word}`;
}
