/**
 * What every handler gets: the engine and the store (the core and its storage), the configuration,
 * the logger, and what keeps answers independent of the database: its availability, the writer
 * of side records, the cooldowns. Handlers never reach for globals.
 */
import { PermissionFlagsBits, type Interaction } from 'discord.js';
import type { Isnad } from '../core/engine';
import type { Answer } from '../core/types';
import type { Cooldowns } from '../store/cooldowns';
import type { DatabaseAvailability } from '../store/outage';
import type { SideWriter } from '../store/side-writes';
import type { Store } from '../store/store';
import type { Actor } from '../store/types';
import type { BotConfig } from './config';
import type { Logger } from './logger';

/** What this process did since it started, for the status line. */
export interface RequestCounts {
  answered: number;
  abstained: number;
  /** Requests (questions or commands) that ended in an apology or a database notice. */
  failed: number;
}

export interface BotContext {
  engine: Isnad;
  store: Store;
  config: BotConfig;
  logger: Logger;
  /** Told of every database outage a handler runs into; says whether the database is up. */
  database: DatabaseAvailability;
  /** Unanswered questions and votes, written behind the replies. */
  sideWrites: SideWriter;
  cooldowns: Cooldowns;
  counts: RequestCounts;
}

/**
 * Takes the user's turn under the cooldown: from the database, so it holds across shards and
 * processes, or from memory while the database is unavailable.
 */
export function takeTurn(context: BotContext, userId: string) {
  return context.cooldowns.take(userId, context.config.cooldownSeconds);
}

/**
 * Answers a question from memory, and records it for the moderators behind the reply (nothing
 * here waits on the database): counted for the stats (answered, by which fact, or not), and kept
 * as a gap when the report does not cover it. A follow-up ("and for the small ones?") that means
 * nothing alone is read with `earlierQuestion`.
 */
export function answerQuestion(context: BotContext, question: string, earlierQuestion?: string): Answer {
  const started = performance.now();
  let answer = context.engine.ask(question);
  if (!answer.answered && earlierQuestion) {
    const together = context.engine.ask(`${earlierQuestion} ${question}`);
    if (together.answered) answer = context.engine.answerWith(question, answer.language, together.facts.map((item) => item.fact.id));
  }
  // A question the report does not cover, or whose attribute it lacks (a price, a name), is a gap moderators can fill.
  const uncovered = !answer.answered && answer.abstention !== 'empty';
  if (uncovered) context.sideWrites.record({ type: 'unanswered', question, language: answer.language });
  if (answer.answered || uncovered) context.sideWrites.record({ type: 'answer', factId: answer.answered ? answer.facts[0].fact.id : null });
  context.counts[answer.answered ? 'answered' : 'abstained'] += 1;
  context.logger.info('question answered', {
    language: answer.language,
    answered: answer.answered,
    facts: answer.facts.map((item) => item.fact.id),
    ms: Math.round((performance.now() - started) * 100) / 100,
  });
  return answer;
}

/**
 * Moderators hold one of the configured roles; with none configured, only server administrators
 * are. Discord's default permission on /fact (Manage Messages) is only a first filter, since a
 * server can override it: this check runs on every moderator action.
 */
export function isModerator(interaction: Interaction, config: BotConfig): boolean {
  if (!interaction.inGuild()) return false;
  const roles = interaction.member.roles;
  const roleIds = Array.isArray(roles) ? roles : [...roles.cache.keys()];
  if (config.moderatorRoleIds.length > 0) return roleIds.some((id) => config.moderatorRoleIds.includes(id));
  return interaction.memberPermissions.has(PermissionFlagsBits.Administrator);
}

export function actorOf(user: { id: string; username: string }): Actor {
  return { id: user.id, name: user.username };
}
