/**
 * "What's the name of Huawei's processor?", "شو اسم الموديل الجاي تبع ديب سيك؟": a question for a
 * name asks for a name of some kind (a processor, a model, an outlet, a company), said by the noun
 * it asks with. It is answered by a fact that holds a name of that kind the question does not
 * hold already; a fact about the same things that names nothing new does not answer it. Which
 * nouns ask for which kind, and which of the report's names are of it: `data/name-kinds.txt`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DATA_DIR } from '../knowledge/load';
import type { Analyzer } from '../text/analyze';

const NAME_KINDS_FILE = path.join(DATA_DIR, 'name-kinds.txt');

export interface NameKind {
  kind: string;
  /** Nouns a question asks for a name of this kind with, as written. */
  nouns: string[];
  /** The lexicon ids of the report's names of this kind. */
  names: string[];
}

/** Reads `kind: nouns… | names…` lines; # starts a comment. */
export function parseNameKinds(text: string): NameKind[] {
  return text.split('\n').flatMap((raw, index) => {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) return [];
    const match = /^([\w-]+):\s*([^|]+)\|\s*(.+)$/.exec(line);
    if (!match) throw new Error(`${NAME_KINDS_FILE}: line ${index + 1} is not "kind: nouns | names"`);
    return [{ kind: match[1], nouns: match[2].trim().split(/\s+/), names: match[3].trim().split(/\s+/) }];
  });
}

export class NameKinds {
  /** The index term of each noun → the kind it asks for. */
  private readonly kindOfTerm = new Map<string, string>();
  private readonly namesOfKind = new Map<string, ReadonlySet<string>>();
  /** Every noun of every kind, as written: words a question may be spelt with in Arabizi too ("jarida"). */
  readonly nouns: readonly string[];

  constructor(analyzer: Analyzer, kinds: NameKind[] = parseNameKinds(readFileSync(NAME_KINDS_FILE, 'utf8'))) {
    this.nouns = kinds.flatMap((kind) => kind.nouns);
    for (const { kind, nouns, names } of kinds) {
      for (const term of analyzer.analyze(nouns.join(' ')).terms) if (!this.kindOfTerm.has(term.term)) this.kindOfTerm.set(term.term, kind);
      this.namesOfKind.set(kind, new Set(names));
    }
  }

  /** The kind of name asked for: that of the first of the question's terms that is such a noun. */
  askedKind(terms: readonly string[]): string | null {
    for (const term of terms) {
      const kind = this.kindOfTerm.get(term);
      if (kind !== undefined) return kind;
    }
    return null;
  }

  /** The kind of one of the report's names (a lexicon id), or null. */
  kindOf(name: string): string | null {
    for (const [kind, names] of this.namesOfKind) if (names.has(name)) return kind;
    return null;
  }

  /** Whether a fact holding the names `held` gives a name of `kind` the question (`asked`) does not hold. */
  givesName(kind: string, held: Iterable<string>, asked: ReadonlySet<string>): boolean {
    const names = this.namesOfKind.get(kind);
    if (!names) return false;
    for (const name of held) if (names.has(name) && !asked.has(name)) return true;
    return false;
  }
}
