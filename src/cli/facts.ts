/**
 * `npm run facts -- COMMAND`: the moderators' command line for the fact store (DATABASE_URL,
 * else DB_PATH or var/isnad.db). Every change goes through the store, so it is validated exactly as in Discord
 * and recorded as a revision that `revert` can undo.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ValidationError } from '../core/knowledge/problems';
import { loadLexicon } from '../core/knowledge/load';
import { Analyzer } from '../core/text/analyze';
import { CompiledLexicon } from '../core/text/lexicon';
import { statsPng } from '../stats/chart';
import { statsText } from '../stats/usage';
import { ImportError, NotFoundError } from '../store/errors';
import { gapQuestion, resolveGap } from '../store/gaps';
import { storeLocation } from '../store/runtime';
import { Store } from '../store/store';
import type { FactState, FeedbackTally, Revision, StoredFact } from '../store/types';
import {
  actorFrom,
  expectArguments,
  inFlags,
  OPTIONS,
  parseDays,
  parseLanguage,
  parseRevisionNumber,
  parseSort,
  parseStatus,
  patchFrom,
  type Values,
} from './facts-flags';
import { runCli, UsageError } from './run';

const USAGE = `Usage: npm run facts -- COMMAND [OPTIONS]

Commands:
  list [--status active|removed|all] [--sort added|not-helpful]
                                       the facts, one per line (with their votes)
  show ID                              one fact in full, with the questions that drew a 👎
  add --en TEXT --ar TEXT --paragraph N [--alias TEXT]...
  add --en TEXT --ar TEXT --url ADDRESS --title TEXT [--title-ar TEXT] [--alias TEXT]...
                                       add a fact; prints its new id on the last line
  edit ID [--en TEXT] [--ar TEXT] [--paragraph N] [--url ADDRESS ...] [--alias TEXT]...
                                       change a fact; --alias replaces all its aliases
  remove ID                            stop the bot using a fact (it stays in the history)
  history ID                           every change to a fact, numbered
  revert ID REV                        return a fact to how it was before revision REV
  export FILE                          write the active facts as JSON Lines
  import FILE                          add or update facts from JSON Lines, all or nothing
  gaps [--closed]                      unanswered questions, grouped, most asked first, each with
                                       its KEY; --closed: those answered or dismissed, latest first
  alias ID QUESTION                    make QUESTION (or the gap KEY's question) a way to ask fact
                                       ID, closing its gap as answered; recorded as a revision
  dismiss KEY                          take a gap off the list (it stays in the record)
  stats [--png FILE] [--lang en|ar] [--days N]
                                       questions per day (answered or not), the most-asked facts,
                                       the votes; --png writes the chart

Options for changes:
  --reason TEXT   why (kept in the history)
  --by NAME       who (default: your user name)

The database is DATABASE_URL (PostgreSQL) when set, else DB_PATH, or var/isnad.db in the project.`;

function citation(fact: { sourceId: string; paragraph: number | null }): string {
  return fact.paragraph === null ? fact.sourceId : `${fact.sourceId} ¶${fact.paragraph}`;
}

function votesText(votes: FeedbackTally): string {
  return `${votes.helpful} helpful, ${votes.notHelpful} not helpful${votes.notHelpful > votes.helpful ? ' (more not helpful than helpful)' : ''}`;
}

async function showFact(store: Store, fact: StoredFact): Promise<string> {
  const source = await store.getSource(fact.sourceId);
  const votes = await store.feedbackFor(fact.id);
  const complaints = (await store.notHelpfulVotes(fact.id)).map((vote) => `           ${vote.at.slice(0, 10)}  ${vote.question}`);
  return [
    `id:        ${fact.id}`,
    `status:    ${fact.status}`,
    `server:    ${fact.guildId === null ? 'shared (every server)' : `${fact.guildId} only`}`,
    `cites:     ${citation(fact)}${source ? ` — ${source.title.en}${source.url ? ` <${source.url}>` : ''}` : ''}`,
    `en:        ${fact.en}`,
    `ar:        ${fact.ar}`,
    `aliases:   ${fact.aliases.length > 0 ? fact.aliases.join(' | ') : '(none)'}`,
    `added:     ${fact.createdAt} by ${fact.createdBy.name}${fact.origin === 'seed' ? ' (from data/)' : ''}`,
    `changed:   ${fact.updatedAt} by ${fact.updatedBy.name}`,
    `feedback:  ${votesText(votes)}`,
    ...(complaints.length > 0 ? ['not helpful for (latest first):', ...complaints] : []),
  ].join('\n');
}

const STATE_FIELDS: (keyof FactState)[] = ['status', 'en', 'ar', 'sourceId', 'paragraph', 'aliases'];

/** What a revision changed, field by field. */
function describeRevision(revision: Revision): string {
  const heading = `#${revision.id}  ${revision.at}  ${revision.action} by ${revision.actor.name}${revision.reason ? ` — ${revision.reason}` : ''}`;
  const { before, after } = revision;
  const lines = STATE_FIELDS.flatMap((field) => {
    const was = before ? JSON.stringify(before[field]) : null;
    const now = JSON.stringify(after[field]);
    if (was === now) return [];
    return [was === null ? `    ${field}: ${now}` : `    ${field}: ${was} → ${now}`];
  });
  return [heading, ...lines].join('\n');
}

/** The analyser the bot groups questions with, from the same lexicon (the store alone has none). */
function analyzer(): Analyzer {
  return new Analyzer(new CompiledLexicon(loadLexicon()));
}

/** A file named on the command line that cannot be read or written (an ISNAD_ code: shown as is). */
class CommandFileError extends Error {
  readonly code = 'ISNAD_FILE';
}

function readInput(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new CommandFileError(`Cannot read ${file}: ${(error as Error).message}`);
  }
}

function writeOutput(file: string, text: string | Buffer): void {
  try {
    writeFileSync(file, text);
  } catch (error) {
    throw new CommandFileError(`Cannot write ${file}: ${(error as Error).message}`);
  }
}

async function run(store: Store, command: string, args: string[], values: Values): Promise<void> {
  switch (command) {
    case 'list': {
      expectArguments(args, []);
      const status = parseStatus(values.status);
      const facts = await store.listFacts({ status, order: parseSort(values.sort) });
      const votes = await store.feedbackByFact(facts.map((fact) => fact.id));
      for (const fact of facts) {
        const marker = `${status === 'all' && fact.status === 'removed' ? ' (removed)' : ''}${fact.guildId === null ? '' : ` (server ${fact.guildId})`}`;
        const tally = votes.get(fact.id);
        console.log(`${fact.id}  [${citation(fact)}]${marker}  ${fact.en}${tally ? `  [${votesText(tally)}]` : ''}`);
      }
      console.log(`${await store.countFacts(status)} ${status === 'all' ? '' : `${status} `}facts`);
      return;
    }
    case 'show': {
      const [id] = expectArguments(args, ['ID']);
      const fact = await store.getFact(id);
      if (!fact) throw new NotFoundError(`There is no fact with id "${id}"; see \`npm run facts -- list\`.`);
      console.log(await showFact(store, fact));
      return;
    }
    case 'add': {
      expectArguments(args, []);
      const patch = patchFrom(values);
      const fact = await store.addFact({ ...patch, en: patch.en ?? '', ar: patch.ar ?? '' }, actorFrom(values), values.reason);
      console.log(`Added:\n${await showFact(store, fact)}\n${fact.id}`);
      return;
    }
    case 'edit': {
      const [id] = expectArguments(args, ['ID']);
      const patch = patchFrom(values);
      if (Object.keys(patch).length === 0) throw new UsageError('Say what to change: --en, --ar, --paragraph, --url or --alias.');
      const before = (await store.history(id)).length;
      const fact = await store.editFact(id, patch, actorFrom(values), values.reason);
      const changed = (await store.history(id)).length > before;
      console.log(`${changed ? 'Edited' : 'Nothing changed'}:\n${await showFact(store, fact)}`);
      return;
    }
    case 'remove': {
      const [id] = expectArguments(args, ['ID']);
      await store.removeFact(id, actorFrom(values), values.reason);
      console.log(`Removed ${id}; the bot no longer uses it. \`revert\` its last revision to bring it back.`);
      return;
    }
    case 'history': {
      const [id] = expectArguments(args, ['ID']);
      console.log((await store.history(id)).map(describeRevision).join('\n'));
      return;
    }
    case 'revert': {
      const [id, revision] = expectArguments(args, ['ID', 'REV']);
      const number = parseRevisionNumber(revision);
      const fact = await store.revert(id, number, actorFrom(values), values.reason);
      console.log(`Reverted ${id} to how it was before revision #${number}:\n${await showFact(store, fact)}`);
      return;
    }
    case 'export': {
      const [file] = expectArguments(args, ['FILE']);
      writeOutput(file, await store.exportFacts());
      console.log(`Exported ${await store.countFacts('active')} facts to ${file}.`);
      return;
    }
    case 'import': {
      const [file] = expectArguments(args, ['FILE']);
      const summary = await store.importFacts(readInput(file), actorFrom(values), values.reason ?? `import of ${file}`);
      console.log(`Imported ${file}: ${summary.added} added, ${summary.updated} updated, ${summary.unchanged} unchanged.`);
      return;
    }
    case 'gaps': {
      expectArguments(args, []);
      if (values.closed) {
        for (const question of await store.closedUnanswered()) {
          const closed = question.closed;
          console.log(
            `${closed?.at.slice(0, 16)}  ${closed?.how}${closed?.factId ? ` with ${closed.factId}` : ''} by ${closed?.by.name}  ${question.count}×  ${question.example}`,
          );
        }
        return;
      }
      const gaps = await store.gaps(analyzer());
      for (const gap of gaps) {
        const [first, ...others] = [...new Set(gap.questions.map((question) => question.example))];
        console.log(`${gap.id}  ${gap.count}×  last asked ${gap.lastAsked.slice(0, 16).replace('T', ' ')} UTC  ${first}`);
        for (const other of others) console.log(`            also: ${other}`);
      }
      console.log(`${gaps.length} open gaps. \`alias ID KEY\` answers one with fact ID; \`dismiss KEY\` takes it off the list.`);
      return;
    }
    case 'alias': {
      const [id, gapOrQuestion] = expectArguments(args, ['ID', 'QUESTION']);
      const grouping = analyzer();
      const { question, gap } = resolveGap(await store.gaps(grouping), gapOrQuestion, grouping);
      const fact = await store.answerGap(id, question, gap, actorFrom(values));
      console.log(
        `"${question}" is now a way to ask ${fact.id}${gap ? `; gap ${gap.id} (asked ${gap.count}×) is closed` : ''}.\n${await showFact(store, fact)}`,
      );
      return;
    }
    case 'dismiss': {
      const [key] = expectArguments(args, ['KEY']);
      const gap = (await store.gaps(analyzer())).find((candidate) => candidate.id === key);
      if (!gap) throw new NotFoundError(`No open gap has the key "${key}"; see \`npm run facts -- gaps\`.`);
      await store.dismissGap(gap, actorFrom(values));
      console.log(`Dismissed ${key} (${gap.count}× "${gapQuestion(gap)}"); \`gaps --closed\` still lists it.`);
      return;
    }
    case 'stats': {
      expectArguments(args, []);
      const language = parseLanguage(values.lang);
      const stats = await store.usageStats(parseDays(values.days));
      console.log(statsText(stats, language));
      if (values.png !== undefined) {
        writeOutput(values.png, await statsPng(stats, language));
        console.log(`Chart written to ${values.png}.`);
      }
      return;
    }
    default:
      throw new UsageError(`Unknown command "${command}".`);
  }
}

runCli(USAGE, async (argv) => {
  const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
  const [command, ...args] = positionals;
  if (values.help || command === undefined) {
    console.log(USAGE);
    return;
  }
  // The store alone: admin commands answer no questions, so no search index is built.
  const store = await Store.open(storeLocation());
  try {
    await run(store, command, args, values);
  } catch (error) {
    throw error instanceof ValidationError && !(error instanceof ImportError) ? inFlags(error) : error;
  } finally {
    await store.close();
  }
});
