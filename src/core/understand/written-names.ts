/**
 * Words the asker wrote as names. A word no fact holds is either chatter ("bruh", "tbh") or
 * something the report lacks, and how it is written tells a name apart: capitalised inside a
 * sentence ("What does Moore Threads build?"), all in capitals wherever it stands ("made by
 * TSMC"), or in Latin letters inside an Arabic sentence ("رقائق TSMC"، "هيكون multimodal"): an
 * Arabic writer switches script for names and terms, and for everyday English words ("so", "bro")
 * only as chatter, which stays out. The engine counts such a word as a name only when no fact holds
 * it, so a question about it is declined like one about any name the report lacks.
 */
import { isEnglishWord } from './word-frequency';

/** The words of `text` written as names, lower-case. */
export function writtenAsNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const match of text.matchAll(/(?<=[\p{L}\p{N},] +)[A-Z][a-z]+/gu)) names.add(match[0].toLowerCase());
  for (const match of text.matchAll(/\b[A-Z]{2,}\b/g)) names.add(match[0].toLowerCase());
  const words = text.split(/\s+/);
  const arabic = words.filter((word) => /\p{Script=Arabic}/u.test(word)).length;
  const latin = words.flatMap((word) => word.match(/[A-Za-z][A-Za-z\d]*/g) ?? []).map((word) => word.toLowerCase());
  // At least as many Arabic words as Latin ones: the sentence is Arabic ("هل R2 هيكون multimodal").
  if (arabic >= words.filter((word) => /[A-Za-z]/.test(word)).length) for (const word of latin) if (!isEnglishWord(word)) names.add(word);
  return names;
}
