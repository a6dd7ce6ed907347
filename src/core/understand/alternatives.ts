/**
 * "Is R2 trained on Nvidia or Huawei?", "على Nvidia ولا Huawei؟": names offered as alternatives.
 * A fact answers such a question by naming one of them, so the names of an alternative count
 * together, once, when a fact is checked for the names the question asks about.
 */

/** Words that offer an alternative, in standard form (the dialect tables turn ولا into او). */
export const OR_WORDS: ReadonlySet<string> = new Set(['or', 'او', 'أو']);
/** At most this many words may stand between a name and the "or" it is joined by ("شرائح هواوي or on Nvidia"). */
const REACH = 3;

/**
 * The names (as `names` spells them, each a run of words of `words`) that stand on either side of
 * an "or": each such "or" gives the names nearest to it on both sides, when there are some on both.
 */
export function alternativeNames(words: readonly string[], names: readonly string[]): Set<string> {
  const spans = names.flatMap((name) => {
    const parts = name.split(' ');
    return words.flatMap((_, start) => (parts.every((part, offset) => words[start + offset] === part) ? [{ name, start, end: start + parts.length }] : []));
  });
  const found = new Set<string>();
  words.forEach((word, at) => {
    if (!OR_WORDS.has(word)) return;
    const before = spans.filter((span) => span.end <= at && at - span.end < REACH).sort((a, b) => b.end - a.end)[0];
    const after = spans.filter((span) => span.start > at && span.start - at <= REACH).sort((a, b) => a.start - b.start)[0];
    if (before && after) found.add(before.name).add(after.name);
  });
  return found;
}
