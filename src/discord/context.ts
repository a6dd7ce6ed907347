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
import { type Actor, NO_GUILD, type View } from '../store/types';
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

/** Who is asking, and where: a server's id, or null in a direct message. */
export interface Asker {
  userId: string;
  guildId: string | null;
}

/**
 * Takes the user's turn under the cooldown: from the database, so it holds across shards,
 * processes and servers, or from memory while the database is unavailable. Each server where
 * the user is refused gets its own first notice.
 */
export function takeTurn(context: BotContext, asker: Asker) {
  return context.cooldowns.take(asker.userId, context.config.cooldownSeconds, asker.guildId ?? NO_GUILD);
}

/**
 * Answers a question from memory, from what the asker's server may be told, and records it for
 * that server's moderators behind the reply (nothing here waits on the database): counted for the
 * stats (answered, by which fact, or not), and kept as a gap when the report does not cover it. A
 * follow-up ("and for the small ones?") that means nothing alone is read with `earlierQuestion`.
 */
export function answerQuestion(context: BotContext, question: string, asker: Asker, earlierQuestion?: string): Answer {
  const started = performance.now();
  const where = { guildId: asker.guildId };
  let answer = context.engine.ask(question, where);
  if (!answer.answered && earlierQuestion) {
    const together = context.engine.ask(`${earlierQuestion} ${question}`, where);
    if (together.answered)
      answer = context.engine.answerWith(
        question,
        answer.language,
        together.facts.map((item) => item.fact.id),
        where,
      );
  }
  // A question the report does not cover, or whose attribute it lacks (a price, a name), is a gap
  // moderators can fill; each question of a message counts on its own.
  const guildId = asker.guildId ?? NO_GUILD;
  for (const part of answer.parts ?? [answer]) {
    const uncovered = !part.answered && part.abstention !== 'empty';
    if (uncovered) context.sideWrites.record({ type: 'unanswered', question: answer.parts ? part.question : question, language: part.language, guildId });
    if (part.answered || uncovered) context.sideWrites.record({ type: 'answer', factId: part.answered ? part.facts[0].fact.id : null, guildId });
  }
  context.counts[answer.answered ? 'answered' : 'abstained'] += 1;
  context.logger.info('question answered', {
    language: answer.language,
    answered: answer.answered,
    facts: answer.facts.map((item) => item.fact.id),
    ms: Math.round((performance.now() - started) * 100) / 100,
  });
  return answer;
}

/** Where a moderator acts: what they change and read, decided by the server they are in. */
export interface ModeratorScope {
  /** The server the interaction came from. */
  guildId: string;
  /** null in a home server, whose moderators change the shared knowledge; else this server's own view. */
  view: View;
  /** The records they read: a home server's moderators, the home servers' and direct messages'; else this server's. */
  records: string[];
}

/**
 * The scope a person moderates in, or null when they may not moderate here. Who is a moderator
 * is decided per server, every time, from the interaction itself: a member holding one of the
 * configured roles that this server has (a role id names one server's role), or, when the
 * server has none of them, a member with Manage Server. Never in a direct message. Discord's
 * default permission on /fact (Manage Messages) is only a first filter, since a server can
 * override it.
 */
export function moderatorScope(interaction: Interaction, config: BotConfig): ModeratorScope | null {
  if (!interaction.inGuild()) return null;
  const roles = interaction.member.roles;
  const held = Array.isArray(roles) ? roles : [...roles.cache.keys()];
  const holdsRole = held.some((id) => config.moderatorRoleIds.includes(id));
  const serverRoles = interaction.guild?.roles.cache;
  const serverHasRoles = holdsRole || (serverRoles !== undefined && config.moderatorRoleIds.some((id) => serverRoles.has(id)));
  const allowed = serverHasRoles ? holdsRole : interaction.memberPermissions.has(PermissionFlagsBits.ManageGuild);
  if (!allowed) return null;
  const home = config.homeGuildIds.includes(interaction.guildId);
  return {
    guildId: interaction.guildId,
    view: home ? null : interaction.guildId,
    records: home ? [...config.homeGuildIds, NO_GUILD] : [interaction.guildId],
  };
}

export function isModerator(interaction: Interaction, config: BotConfig): boolean {
  return moderatorScope(interaction, config) !== null;
}

export function actorOf(user: { id: string; username: string }): Actor {
  return { id: user.id, name: user.username };
}
