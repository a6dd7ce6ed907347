import type { Language } from '../types';

/** A word of the question as the language detector sees it. */
export interface ScriptedWord {
  script: 'arabic' | 'other';
  /** Proper names (DeepSeek, هواوي) say nothing about the grammar of the question. */
  isName: boolean;
}

/**
 * The language to answer in: the language of the question's grammar. Names are set aside first,
 * so "ديب سيك تستخدم Huawei لأي نماذج؟" is Arabic and "what does ديب سيك use" is English. Only
 * when nothing but names remain do the names decide; a tie goes to Arabic, since an Arabic
 * speaker mixing in English words is more common here than the reverse.
 */
export function detectLanguage(words: ScriptedWord[]): Language {
  const grammar = words.filter((word) => !word.isName);
  const counted = grammar.length > 0 ? grammar : words;
  const arabic = counted.filter((word) => word.script === 'arabic').length;
  const other = counted.length - arabic;
  if (arabic === 0 && other === 0) return 'en';
  return arabic >= other ? 'ar' : 'en';
}
