/**
 * The fake's state (bot, guilds, channels, messages, interactions) and the builders for the
 * API objects discord.js parses. Objects carry every field discord.js 14.28 reads without a
 * guard, so a missing one shows up as a bug in the bot rather than a crash in the library.
 */
import { randomBytes } from 'node:crypto';
import { ApplicationCommandOptionType, ChannelType, InteractionContextType, MessageFlags, PermissionFlagsBits } from 'discord.js';

/** Discord's JSON: the fake deals in raw API shapes, so it stays loosely typed on purpose. */
export type Obj = Record<string, any>;
/** An uploaded file, for an attachment option: the test serves `url` itself. */
export interface AttachmentOption {
  attachment: { url: string; filename: string; size: number };
}
export type OptionValue = string | number | boolean | AttachmentOption;

const DISCORD_EPOCH = 1420070400000n;
let lastMs = 0n;

/** A unique, increasing snowflake; each gets its own millisecond, which is what shards route on. */
export function snowflake(): string {
  const now = BigInt(Date.now()) - DISCORD_EPOCH;
  lastMs = now > lastMs ? now : lastMs + 1n;
  return (lastMs << 22n).toString();
}

/** Discord's routing rule: shard_id = (guild_id >> 22) % shard_count. */
export function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** What a member may do by default: read, write and use commands. */
const { ViewChannel, SendMessages, ReadMessageHistory, UseApplicationCommands, EmbedLinks, AttachFiles } = PermissionFlagsBits;
const MEMBER_PERMISSIONS = String(ViewChannel | SendMessages | ReadMessageHistory | UseApplicationCommands | EmbedLinks | AttachFiles);

export interface FakeGuild {
  id: string;
  name: string;
  /** The guild's one text channel. */
  channelId: string;
}

/** Who sends an interaction or message, and where. guildId null means the bot's DM. */
export interface Actor {
  userId?: string;
  guildId?: string | null;
  channelId?: string;
  roles?: string[];
  permissions?: string;
  locale?: string;
  appPermissions?: string;
}

/** An interaction the fake dispatched, so REST calls with its token can be answered. */
export interface InteractionState {
  id: string;
  type: number;
  channelId: string;
  guildId: string | null;
  /** The message a component or modal came from (target of callback types 6 and 7). */
  messageId?: string;
  /** The message behind webhooks/.../messages/@original, once the callback created one. */
  originalId?: string;
  acknowledged: boolean;
  /** Who triggered it: the original response carries it as interaction_metadata, as Discord's does. */
  userId: string;
}

export class World {
  readonly bot: Obj;
  readonly guilds: FakeGuild[] = [];
  readonly channels = new Map<string, Obj>();
  readonly messages = new Map<string, Obj>();
  /** By token: that is what REST calls carry. */
  readonly interactions = new Map<string, InteractionState>();
  /** Registered commands by scope: 'global' or a guild id. */
  readonly commands = new Map<string, Obj[]>();
  /** The human that acts when a builder is not told otherwise. */
  readonly userId = snowflake();

  constructor(
    readonly token: string,
    guildCount: number,
    shardCount: number,
    /** Extra roles every guild has (GUILD_CREATE lists them, so members' roles resolve). */
    private readonly roleIds: string[] = [],
    /** Roles only guild i has, as a real role belongs to one server. */
    private readonly rolesByGuild: string[][] = [],
  ) {
    this.bot = { ...this.user(snowflake()), username: 'Isnad', bot: true };
    for (let i = 0; i < guildCount; i++) {
      // Guild i lives on shard i % shardCount, so a sharded test gets guilds on every shard.
      let id = snowflake();
      while (shardOf(id, shardCount) !== i % shardCount) id = snowflake();
      const guild: FakeGuild = { id, name: `Guild ${i}`, channelId: snowflake() };
      this.guilds.push(guild);
      this.channels.set(guild.channelId, {
        id: guild.channelId,
        type: ChannelType.GuildText,
        guild_id: id,
        name: 'general',
        position: 0,
        topic: null,
        nsfw: false,
        parent_id: null,
        permission_overwrites: [],
        rate_limit_per_user: 0,
        last_message_id: null,
      });
    }
  }

  user(id: string): Obj {
    return { id, username: `user${id.slice(-4)}`, global_name: null, discriminator: '0', avatar: null, bot: false };
  }

  /** The GUILD_CREATE body: @everyone role, the text channel, and the bot as a member. */
  guildCreate(guild: FakeGuild): Obj {
    const everyone = {
      id: guild.id,
      name: '@everyone',
      permissions: MEMBER_PERMISSIONS,
      position: 0,
      color: 0,
      hoist: false,
      managed: false,
      mentionable: false,
      flags: 0,
    };
    return {
      id: guild.id,
      name: guild.name,
      icon: null,
      owner_id: this.userId,
      features: [],
      unavailable: false,
      preferred_locale: 'en-US',
      member_count: 2,
      large: false,
      joined_at: new Date().toISOString(),
      roles: [
        everyone,
        ...[...this.roleIds, ...(this.rolesByGuild[this.guilds.indexOf(guild)] ?? [])].map((id, i) => ({
          ...everyone,
          id,
          name: `role-${i + 1}`,
          position: i + 1,
        })),
      ],
      channels: [this.channels.get(guild.channelId)],
      threads: [],
      emojis: [],
      stickers: [],
      members: [this.member(this.bot, [])],
      presences: [],
      voice_states: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  /** A guild member; MESSAGE_CREATE carries one without `user` (the author is beside it). */
  member(user: Obj | undefined, roles: string[]): Obj {
    return {
      ...(user ? { user } : {}),
      roles,
      nick: null,
      avatar: null,
      joined_at: new Date().toISOString(),
      premium_since: null,
      deaf: false,
      mute: false,
      flags: 0,
      pending: false,
      communication_disabled_until: null,
    };
  }

  /** The DM channel between the bot and a user; Discord gives each pair exactly one. */
  dmChannel(userId: string): Obj {
    const existing = [...this.channels.values()].find((c) => c.type === ChannelType.DM && c.recipients[0].id === userId);
    if (existing) return existing;
    const channel = { id: snowflake(), type: ChannelType.DM, recipients: [this.user(userId)], last_message_id: null, flags: 0 };
    this.channels.set(channel.id, channel);
    return channel;
  }

  /** Where an actor is: the given channel, else its guild's text channel, else (guildId null) its DM. */
  channelOf(actor: Actor): Obj {
    const guildId = actor.guildId === undefined ? (this.guilds[0]?.id ?? null) : actor.guildId;
    const channel =
      guildId === null
        ? this.dmChannel(actor.userId ?? this.userId)
        : this.channels.get(actor.channelId ?? this.guilds.find((g) => g.id === guildId)?.channelId ?? '');
    if (!channel) throw new Error(`fake-discord: no channel ${actor.channelId ?? `in guild ${guildId}`}`);
    return channel;
  }

  /** Stores and returns a full message object; `data` is a create-message body (content, embeds, ...). */
  createMessage(channelId: string, author: Obj, data: Obj): Obj {
    const channel = this.channels.get(channelId);
    const reference = data.message_reference?.message_id ? this.messages.get(data.message_reference.message_id) : undefined;
    const message = {
      id: snowflake(),
      channel_id: channelId,
      ...(channel?.guild_id ? { guild_id: channel.guild_id } : {}),
      author,
      content: data.content ?? '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: data.mentions ?? [],
      mention_roles: [],
      attachments: data.attachments ?? [],
      embeds: data.embeds ?? [],
      components: data.components ?? [],
      pinned: false,
      type: data.type ?? (reference ? 19 : 0),
      flags: data.flags ?? 0,
      ...(data.interaction_metadata ? { interaction_metadata: data.interaction_metadata } : {}),
      ...(reference
        ? {
            message_reference: { type: 0, message_id: reference.id, channel_id: channelId, ...(channel?.guild_id ? { guild_id: channel.guild_id } : {}) },
            referenced_message: reference,
          }
        : {}),
    };
    this.messages.set(message.id, message);
    return message;
  }

  /** Applies an edit body; an edit also ends the "thinking…" state of a deferred reply. */
  editMessage(message: Obj, data: Obj): Obj {
    for (const key of ['content', 'embeds', 'components', 'attachments', 'flags'] as const) if (key in data) message[key] = data[key];
    message.flags &= ~MessageFlags.Loading;
    message.edited_timestamp = new Date().toISOString();
    return message;
  }

  /** The common part of every interaction; `data` is the type-specific part. */
  interaction(type: number, data: Obj, actor: Actor, message?: Obj): { payload: Obj; state: InteractionState } {
    const user = this.user(actor.userId ?? this.userId);
    const channel = this.channelOf(actor);
    const guildId: string | null = channel.guild_id ?? null;
    const state: InteractionState = {
      id: snowflake(),
      type,
      channelId: channel.id,
      guildId,
      acknowledged: false,
      userId: user.id,
      ...(message ? { messageId: message.id } : {}),
    };
    const token = `aW50ZXJhY3Rpb246${randomBytes(24).toString('base64url')}`;
    this.interactions.set(token, state);
    const where =
      guildId === null
        ? { user, context: InteractionContextType.BotDM }
        : {
            guild_id: guildId,
            guild: { id: guildId, locale: 'en-US', features: [] },
            guild_locale: 'en-US',
            member: { ...this.member(user, actor.roles ?? []), permissions: actor.permissions ?? MEMBER_PERMISSIONS },
            context: InteractionContextType.Guild,
          };
    const payload = {
      id: state.id,
      application_id: this.bot.id,
      type,
      token,
      data,
      channel,
      channel_id: channel.id,
      ...where,
      ...(message ? { message } : {}),
      locale: actor.locale ?? 'en-US',
      app_permissions: actor.appPermissions ?? MEMBER_PERMISSIONS,
      entitlements: [],
      authorizing_integration_owners: { '0': guildId ?? '0' },
      attachment_size_limit: 10485760,
      version: 1,
    };
    return { payload, state };
  }
}

/**
 * `{question: 'x', count: 2}` → typed options; strings 3, integers 4, booleans 5, other numbers
 * 10, attachments 11 (their value is an id resolved by `resolvedAttachments`).
 */
export function commandOptions(values: Record<string, OptionValue>, focused?: string): Obj[] {
  return Object.entries(values).map(([name, value]) => ({
    name,
    value: typeof value === 'object' ? attachmentId(name) : value,
    type:
      typeof value === 'object'
        ? ApplicationCommandOptionType.Attachment
        : typeof value === 'boolean'
          ? ApplicationCommandOptionType.Boolean
          : typeof value === 'string'
            ? ApplicationCommandOptionType.String
            : Number.isInteger(value)
              ? ApplicationCommandOptionType.Integer
              : ApplicationCommandOptionType.Number,
    ...(name === focused ? { focused: true } : {}),
  }));
}

/** A stable id per attachment option name, so the option and `resolved` agree. */
const attachmentId = (name: string) => `9${[...name].reduce((sum, char) => sum * 31 + char.charCodeAt(0), 7) % 1e15}`.padEnd(18, '0');

/** The `resolved.attachments` an interaction with attachment options carries. */
export function resolvedAttachments(values: Record<string, OptionValue>): Obj | null {
  const entries = Object.entries(values).filter((entry): entry is [string, AttachmentOption] => typeof entry[1] === 'object');
  if (entries.length === 0) return null;
  return Object.fromEntries(
    entries.map(([name, { attachment }]) => [
      attachmentId(name),
      {
        id: attachmentId(name),
        filename: attachment.filename,
        size: attachment.size,
        url: attachment.url,
        proxy_url: attachment.url,
        content_type: 'application/x-ndjson',
      },
    ]),
  );
}
