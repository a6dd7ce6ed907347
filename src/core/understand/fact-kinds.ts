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

/** The frame that attributes a fact's English text to its source, before its subject (see FactKinds.subjectOf). */
const REPORTING_FRAME = /^(?:according to [^,]+, |(?:the )?(?:latest |same )?reports? (?:say|says|said)(?: that)? )/i;

/**
 * A name said to be something rather than to do it ("Huawei is not DeepSeek's only option", "Ascend
 * is a processor"): the fact describes it, it does nothing in it. Being at something ("DeepSeek is
 * testing…") is doing it.
 */
const DESCRIBED_NAME = /^\S+(?: [A-Z]\S*)? (?:is|are|was|were) (?!\w+ing\b)/;

/** What is read from one fact, each part when first needed (see FactKinds). */
interface FactReading {
  kinds: ReadonlySet<QuestionType>;
  askedAs: ReadonlySet<QuestionType>;
  names: ReadonlySet<string>;
  considered: boolean;
  divides: boolean;
  /** The terms of its English text, read when a question first asks who speaks in it or what it restates. */
  english: readonly Term[];
  /** The terms of its English text after any reporting frame (the same as `english` when it has none), whose first is its subject when a name; none when it only describes that name. */
  subject: readonly Term[];
  /** The terms of the purpose its English text gives, if any (see PURPOSE). */
  purpose: readonly string[];
}

export class FactKinds {
  /** Per fact id, what has been read from it so far; dropped when the fact changes. */
  private readonly readings = new Map<string, Partial<FactReading>>();

  constructor(
    private readonly reader: Reader,
    private readonly sources: () => Source[],
  ) {}

  /** The part `key` of what is read from `fact`, read by `read` the first time it is asked for. */
  private memo<K extends keyof FactReading>(fact: Fact, key: K, read: () => FactReading[K]): FactReading[K] {
    let reading = this.readings.get(fact.id);
    if (!reading) this.readings.set(fact.id, (reading = {}));
    let value = reading[key];
    if (value === undefined) reading[key] = value = read();
    return value as FactReading[K];
  }

  of(fact: Fact): ReadonlySet<QuestionType> {
    return this.memo(fact, 'kinds', () => {
      const texts = [fact.en, normalizeText(fact.ar)];
      const outlets = this.sources().flatMap((source) => (source.outlet ? [source.outlet.en, source.outlet.ar] : []));
      const mentionsOutlet = outlets.some((outlet) => fact.en.includes(outlet) || fact.ar.includes(outlet));
      return factAnswers(texts, [...this.askedAs(fact)], mentionsOutlet);
    });
  }

  /** The types of the questions the fact was given as aliases: what its curators say it answers. */
  askedAs(fact: Fact): ReadonlySet<QuestionType> {
    return this.memo(fact, 'askedAs', () => new Set(fact.aliases.flatMap((alias) => this.reader.read(alias).questions.map((question) => question.type))));
  }

  /** Whether it tells a division of the work (see question-type.ts); false for no fact. */
  divides(fact: Fact | undefined): boolean {
    return fact !== undefined && this.memo(fact, 'divides', () => tellsDivision([fact.en, normalizeText(fact.ar)]));
  }

  /** Whether it tells only of an option weighed (see considered.ts); false for no fact. */
  considered(fact: Fact | undefined): boolean {
    return fact !== undefined && this.memo(fact, 'considered', () => tellsConsidered([fact.en, normalizeText(fact.ar)]));
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
    const purpose = this.memo(fact, 'purpose', () => {
      const clause = PURPOSE.exec(fact.en)?.[1] ?? '';
      const words = this.reader.termsOf(clause).filter((term) => term.kind !== 'name');
      return [...new Set(words.map((term) => term.term))];
    });
    return purpose.length >= 2 && purpose.every((term) => asked.has(term));
  }

  /**
   * The name its English text begins with, its subject ("Huawei sent a team…"), or null; after the
   * frame that attributes it ("According to The Information, DeepSeek intends…", "Reports said
   * DeepSeek…"), whose source only reports what the subject does. Not a name the fact only
   * describes (see DESCRIBED_NAME): it is no doer of anything.
   */
  subjectOf(fact: Fact): string | null {
    const [first] = this.memo(fact, 'subject', () => {
      const unframed = fact.en.replace(REPORTING_FRAME, '');
      if (DESCRIBED_NAME.test(unframed)) return [];
      // Most facts have no frame: their subject is read off the terms already read.
      return unframed === fact.en ? this.englishTerms(fact) : this.reader.termsOf(unframed);
    });
    return first?.kind === 'name' ? first.term : null;
  }

  /** The first name its English text holds: who speaks in "Responding…, an Nvidia spokesperson said…" (null: none). */
  firstNameOf(fact: Fact): string | null {
    return this.englishTerms(fact).find((term) => term.kind === 'name')?.term ?? null;
  }

  private englishTerms(fact: Fact): readonly Term[] {
    return this.memo(fact, 'english', () => this.reader.termsOf(fact.en));
  }

  /** The report's names (lexicon ids) the fact's texts hold. */
  namesOf(fact: Fact): ReadonlySet<string> {
    return this.memo(
      fact,
      'names',
      () =>
        new Set(
          this.reader
            .termsOf(`${fact.en} ${fact.ar}`)
            .filter((term) => term.kind === 'name')
            .map((term) => term.term),
        ),
    );
  }

  forget(id: string): void {
    this.readings.delete(id);
  }

  clear(): void {
    this.readings.clear();
  }
}
