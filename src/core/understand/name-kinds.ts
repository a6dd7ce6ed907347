/**
 * "What's the name of Huawei's processor?", "شو اسم الموديل الجاي تبع ديب سيك؟": a question for a
 * name asks for a name of some kind (a processor, a model, an outlet, a company), said by the noun
 * it asks with. It is answered by a fact that holds a name of that kind the question does not
 * hold already; a fact about the same things that names nothing new does not answer it. Which
 * nouns ask for which kind, and which of the report's names are of it: `data/name-kinds.txt`.
 *
 * A name asked of a maker of things of a kind ("Cambricon's model", "الموديل مال كامبريكون", "معالج
 * هواوي") asks for its product's: only a name of that kind of theirs answers (Ascend is Huawei's; R2,
 * DeepSeek's, is no chipmaker's). Asked of one that makes none ("deepseek's chip": the one it uses),
 * any name of the kind may.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DATA_DIR } from '../knowledge/load';
import type { Analysis, Analyzer } from '../text/analyze';

const NAME_KINDS_FILE = path.join(DATA_DIR, 'name-kinds.txt');

export interface NameKind {
  kind: string;
  /** Nouns a question asks for a name of this kind with, as written. */
  nouns: string[];
  /** The lexicon ids of the report's names of this kind. */
  names: string[];
  /** Whose each name is, where the file says (`ascend(huawei)`): a lexicon id → its maker's. */
  owners: Map<string, string>;
  /** The lexicon ids of those who make things of this kind (`processor: … | … | huawei nvidia …`). */
  makers: string[];
}

/** Words between a thing and whose it is ("model of the cambricon chip", "الموديل مال كامبريكون"), normalised. */
const OF_WORDS = new Set(['of', 'the', 'ال', 'مال', 'تبع', 'حق', 'حقت', 'بتاع', 'ديال', 'تاع', 'متاع']);
/** The words for a name, whose noun after them is the kind of name asked ("the name of the companies", "اسم الشركات"). */
const NAME_WORDS = new Set(['name', 'names', 'اسم', 'اسماء', 'اسامي']);
/** The kind a maker's product has a model of, whatever it makes. */
const MODEL_KIND = 'model';
/** A name in the file, with its maker's id in brackets where it has one: `ascend(huawei)`. */
const OWNED_NAME = /^([\w-]+)(?:\(([\w-]+)\))?$/;

export interface Possessor {
  /** The lexicon id of the maker asked of. */
  maker: string;
  /** The kind its product is. */
  kind: string;
}

/** Reads `kind: nouns… | names… [| makers…]` lines; # starts a comment. */
export function parseNameKinds(text: string): NameKind[] {
  return text.split('\n').flatMap((raw, index) => {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) return [];
    const match = /^([\w-]+):\s*([^|]+)\|([^|]+)(?:\|(.+))?$/.exec(line);
    const names = match?.[3]
      .trim()
      .split(/\s+/)
      .map((name) => OWNED_NAME.exec(name));
    if (!match || !names || names.some((name) => name === null))
      throw new Error(`${NAME_KINDS_FILE}: line ${index + 1} is not "kind: nouns | names [| makers]"`);
    const read = names as RegExpExecArray[];
    return [
      {
        kind: match[1],
        nouns: match[2].trim().split(/\s+/),
        names: read.map(([, name]) => name),
        owners: new Map(read.flatMap(([, name, owner]) => (owner ? [[name, owner] as const] : []))),
        makers: match[4]?.trim().split(/\s+/) ?? [],
      },
    ];
  });
}

export class NameKinds {
  /** The index term of each noun → the kind it asks for. */
  private readonly kindOfTerm = new Map<string, string>();
  private readonly namesOfKind = new Map<string, ReadonlySet<string>>();
  private readonly owners = new Map<string, string>();
  /** A maker's lexicon id → the kind of thing it makes. */
  private readonly madeBy = new Map<string, string>();
  /** Every noun of every kind, as written: words a question may be spelt with in Arabizi too ("jarida"). */
  readonly nouns: readonly string[];

  constructor(analyzer: Analyzer, kinds: NameKind[] = parseNameKinds(readFileSync(NAME_KINDS_FILE, 'utf8'))) {
    this.nouns = kinds.flatMap((kind) => kind.nouns);
    for (const { kind, nouns, names, owners, makers } of kinds) {
      for (const [name, owner] of owners) this.owners.set(name, owner);
      for (const maker of makers) this.madeBy.set(maker, kind);
      for (const term of analyzer.analyze(nouns.join(' ')).terms) if (!this.kindOfTerm.has(term.term)) this.kindOfTerm.set(term.term, kind);
      this.namesOfKind.set(kind, new Set(names));
    }
  }

  /**
   * "that third chip company", "شركة الشرائح": of two nouns of different kinds side by side, the
   * one the compound is: English puts its head last (a chip company is a company), Arabic first.
   * Read from the question as typed, whose nouns of kinds may be words of its type ("the name of
   * the company"); null when it has no such pair.
   */
  compoundKind(analysis: Pick<Analysis, 'terms' | 'words'>): string | null {
    const { terms } = analysis;
    const text = analysis.words.map((word) => word.text).join(' ');
    for (let i = 0; i + 1 < terms.length; i++) {
      const [first, second] = [terms[i], terms[i + 1]];
      const kinds = [this.kindOfTerm.get(first.term), this.kindOfTerm.get(second.term)];
      if (kinds[0] === undefined || kinds[1] === undefined || kinds[0] === kinds[1] || !text.includes(`${first.source} ${second.source}`)) continue;
      return first.script === 'arabic' ? kinds[0] : kinds[1];
    }
    return null;
  }

  /**
   * "what's the name of the companies…", "شو اسم الشركات اللي ديب سيك عم تجرب المسرعات تبعهم؟": the
   * noun a word for a name governs, "of" or "the" between at most, is the kind asked for, whatever
   * other nouns of kinds the question holds (the accelerators tested). Read from the question as
   * typed; null when no noun of a kind follows such a word.
   */
  governedKind(analysis: Pick<Analysis, 'terms' | 'words'>): string | null {
    const words = analysis.words.map((word) => word.text);
    const nameAt = words.findIndex((word) => NAME_WORDS.has(word));
    if (nameAt < 0) return null;
    let nounAt = nameAt + 1;
    while (nounAt < words.length && OF_WORDS.has(words[nounAt])) nounAt++;
    const noun = analysis.terms.find((term) => term.source.split(' ')[0] === words[nounAt]);
    return noun ? (this.kindOfTerm.get(noun.term) ?? null) : null;
  }

  /** The kind of name asked for: that of the first of the question's terms that is such a noun. */
  askedKind(terms: readonly string[]): string | null {
    for (const term of terms) {
      const kind = this.kindOfTerm.get(term);
      if (kind !== undefined) return kind;
    }
    return null;
  }

  /** Who makes one of the report's names (a lexicon id: Ascend → Huawei), where the file says, or null. */
  makerOf(name: string): string | null {
    return this.owners.get(name) ?? null;
  }

  /** The kind of one of the report's names (a lexicon id), or null. */
  kindOf(name: string): string | null {
    for (const [kind, names] of this.namesOfKind) if (names.has(name)) return kind;
    return null;
  }

  /**
   * The maker a name of `kind` is asked of, from the question's words in order (`analysis`): one right
   * before the noun it asks with, a word between at most ("cambricon's model", "huawei's new chip"),
   * or right after it, with "of", a dialect's possessive or another such noun between at most
   * ("الموديل مال كامبريكون", "معالج هواوي"); not one after a relative ("الشريحة اللي هواوي
   * عاملتها"). Null when none, or when the one asked of makes nothing of the kind.
   */
  possessor(kind: string, analysis: Pick<Analysis, 'terms' | 'words'>): Possessor | null {
    const words = analysis.words.map((word) => word.text);
    const at = (source: string) => {
      const parts = source.split(' ');
      return words.findIndex((_, i) => parts.every((part, j) => words[i + j] === part));
    };
    const noun = analysis.terms.find((term) => this.kindOfTerm.get(term.term) === kind);
    const nounAt = noun ? at(noun.source) : -1;
    if (nounAt < 0) return null;
    const nouns = new Set(analysis.terms.filter((term) => this.kindOfTerm.has(term.term)).map((term) => term.source));
    const between = (from: number, to: number) => words.slice(from, to).filter((word) => !OF_WORDS.has(word) && !nouns.has(word)).length;
    for (const term of analysis.terms) {
      // A product's "model" is a finer name of its own ("the model of the Ascend processor", "رقمه"),
      // which a name of its kind made by someone else is not.
      const product = kind === MODEL_KIND && term.kind === 'name' ? this.kindOf(term.term) : null;
      const made = term.kind === 'name' ? (this.madeBy.get(term.term) ?? (product !== null && this.isMade(product) ? product : undefined)) : undefined;
      // A maker's "model" is a model of what it makes ("which cambricon model"); a thing of another
      // kind is one it uses ("deepseek's chip").
      if (made === undefined || (made !== kind && kind !== MODEL_KIND)) continue;
      const nameAt = at(term.source);
      const before = nameAt >= 0 && nameAt < nounAt && between(nameAt + term.source.split(' ').length, nounAt) <= 1;
      // (In English only with "of": "the model deepseek trains" is what it does with it.)
      const after =
        nameAt > nounAt &&
        between(nounAt + 1, nameAt) === 0 &&
        (term.script === 'arabic' || noun?.script === 'arabic' || words.slice(nounAt + 1, nameAt).includes('of'));
      if (before || after) return { maker: term.term, kind: made };
    }
    return null;
  }

  /** Whether an index term is a noun of one of the kinds ("chip", "شريحة", "company"). */
  isKindNoun(term: string): boolean {
    return this.kindOfTerm.has(term);
  }

  /** Whether a name (a lexicon id) makes things of some kind (Huawei makes processors). */
  makes(name: string): boolean {
    return this.madeBy.has(name);
  }

  /** The maker a thing of a made kind is asked of ("huawei's chips", "شرايح هواوي"; see possessor), or null. */
  productOwner(analysis: Pick<Analysis, 'terms' | 'words'>): Possessor | null {
    for (const kind of new Set(this.madeBy.values())) {
      const possessor = this.possessor(kind, analysis);
      if (possessor !== null) return possessor;
    }
    return null;
  }

  /**
   * Whether the report gives `owner` (a lexicon id) a thing of `kind` of its own: one of its names
   * of that kind is the owner's (R2 is DeepSeek's model), or the owner makes such things (Baidu's
   * accelerators).
   */
  hasOwn(owner: string, kind: string): boolean {
    if (this.madeBy.get(owner) === kind) return true;
    for (const name of this.namesOfKind.get(kind) ?? []) if (this.owners.get(name) === owner) return true;
    return false;
  }

  /** Whether things of `kind` are made by someone the file names (processors are; outlets are not). */
  private isMade(kind: string): boolean {
    return [...this.madeBy.values()].includes(kind);
  }

  /**
   * Whether a fact holding the names `held` gives a name of `kind` the question (`asked`) does not
   * hold; asked of a maker, a name of what it makes, its own.
   */
  givesName(kind: string, held: Iterable<string>, asked: ReadonlySet<string>, possessor: Possessor | null = null): boolean {
    const names = this.namesOfKind.get(possessor?.kind ?? kind);
    if (!names) return false;
    for (const name of held) {
      if (names.has(name) && !asked.has(name) && (possessor === null || this.owners.get(name) === possessor.maker)) return true;
    }
    return false;
  }
}
