/**
 * What each fact can answer (see question-type.ts), read from its own text and from the types of
 * the questions it was given as aliases, worked out when a question first needs it and kept until
 * the fact changes.
 */
import type { Term } from '../text/analyze';
import { normalizeText } from '../text/words';
import type { Fact, Source } from '../types';
import { tellsConsidered } from './considered';
import { factAnswers, type QuestionType, tellsDivision } from './question-type';
import type { Reader } from './reader';

/** A fact whose text's terms the question holds this share of says nothing the question does not. */
const RESTATED = 0.75;

/** Where a fact's English text gives the aim of what it tells: what follows is its purpose ("…, so as to lean less on Nvidia"). */
const PURPOSE = /\b(?:so as to|in order to|so that|plan to|aims? to)\b(.*)$/i;

export class FactKinds {
  private readonly known = new Map<string, ReadonlySet<QuestionType>>();
  private readonly aliasTypes = new Map<string, ReadonlySet<QuestionType>>();
  private readonly names = new Map<string, ReadonlySet<string>>();
  private readonly weighed = new Map<string, boolean>();
  private readonly dividing = new Map<string, boolean>();
  /** The terms of each fact's English text, read when a question first asks who it is about. */
  private readonly english = new Map<string, readonly Term[]>();
  /** The terms of the purpose each fact's English text gives, if any (see PURPOSE). */
  private readonly purposes = new Map<string, readonly string[]>();

  constructor(
    private readonly reader: Reader,
    private readonly sources: () => Source[],
  ) {}

  of(fact: Fact): ReadonlySet<QuestionType> {
    let kinds = this.known.get(fact.id);
    if (!kinds) {
      const texts = [fact.en, normalizeText(fact.ar)];
      const outlets = this.sources().flatMap((source) => (source.outlet ? [source.outlet.en, source.outlet.ar] : []));
      const mentionsOutlet = outlets.some((outlet) => fact.en.includes(outlet) || fact.ar.includes(outlet));
      kinds = factAnswers(texts, [...this.askedAs(fact)], mentionsOutlet);
      this.known.set(fact.id, kinds);
    }
    return kinds;
  }

  /** The types of the questions the fact was given as aliases: what its curators say it answers. */
  askedAs(fact: Fact): ReadonlySet<QuestionType> {
    let types = this.aliasTypes.get(fact.id);
    if (!types) {
      types = new Set(fact.aliases.flatMap((alias) => this.reader.read(alias).questions.map((question) => question.type)));
      this.aliasTypes.set(fact.id, types);
    }
    return types;
  }

  /** Whether it tells a division of the work (see question-type.ts); false for no fact. */
  divides(fact: Fact | undefined): boolean {
    if (!fact) return false;
    let told = this.dividing.get(fact.id);
    if (told === undefined) this.dividing.set(fact.id, (told = tellsDivision([fact.en, normalizeText(fact.ar)])));
    return told;
  }

  /** Whether it tells only of an option weighed (see considered.ts); false for no fact. */
  considered(fact: Fact | undefined): boolean {
    if (!fact) return false;
    let told = this.weighed.get(fact.id);
    if (told === undefined) this.weighed.set(fact.id, (told = tellsConsidered([fact.en, normalizeText(fact.ar)])));
    return told;
  }

  /** Whether `asked` (index terms) holds at least RESTATED of the terms of its English text: it tells nothing more. */
  restatedBy(fact: Fact | undefined, asked: ReadonlySet<string>): boolean {
    if (!fact) return false;
    const terms = new Set(this.englishTerms(fact).map((term) => term.term));
    let held = 0;
    for (const term of terms) if (asked.has(term)) held += 1;
    return terms.size > 0 && held / terms.size >= RESTATED;
  }

  /**
   * Whether a question's terms (`asked`) hold the whole purpose its text gives, names aside ("why lean
   * less on nvidia?" and "…, so as to lean less on Nvidia"): it tells what that is the aim of, not why
   * it is aimed at; false for no fact, or a purpose of fewer than two words.
   */
  givesAsPurpose(fact: Fact | undefined, asked: ReadonlySet<string>): boolean {
    if (!fact) return false;
    let purpose = this.purposes.get(fact.id);
    if (!purpose) {
      const clause = PURPOSE.exec(fact.en)?.[1] ?? '';
      const words = this.reader.termsOf(clause).filter((term) => term.kind !== 'name');
      this.purposes.set(fact.id, (purpose = [...new Set(words.map((term) => term.term))]));
    }
    return purpose.length >= 2 && purpose.every((term) => asked.has(term));
  }

  /** The name its English text begins with, its subject ("Huawei sent a team…"), or null. */
  subjectOf(fact: Fact): string | null {
    const [first] = this.englishTerms(fact);
    return first?.kind === 'name' ? first.term : null;
  }

  /** The first name its English text holds: who speaks in "Responding…, an Nvidia spokesperson said…" (null: none). */
  firstNameOf(fact: Fact): string | null {
    return this.englishTerms(fact).find((term) => term.kind === 'name')?.term ?? null;
  }

  private englishTerms(fact: Fact): readonly Term[] {
    let terms = this.english.get(fact.id);
    if (!terms) this.english.set(fact.id, (terms = this.reader.termsOf(fact.en)));
    return terms;
  }

  /** The report's names (lexicon ids) the fact's texts hold. */
  namesOf(fact: Fact): ReadonlySet<string> {
    let names = this.names.get(fact.id);
    if (!names) {
      names = new Set(
        this.reader
          .termsOf(`${fact.en} ${fact.ar}`)
          .filter((term) => term.kind === 'name')
          .map((term) => term.term),
      );
      this.names.set(fact.id, names);
    }
    return names;
  }

  forget(id: string): void {
    this.known.delete(id);
    this.aliasTypes.delete(id);
    this.names.delete(id);
    this.weighed.delete(id);
    this.dividing.delete(id);
    this.english.delete(id);
    this.purposes.delete(id);
  }

  clear(): void {
    this.known.clear();
    this.aliasTypes.clear();
    this.names.clear();
    this.weighed.clear();
    this.dividing.clear();
    this.english.clear();
    this.purposes.clear();
  }
}
