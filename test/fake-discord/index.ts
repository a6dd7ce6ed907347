/**
 * FakeDiscord: a REST server and a gateway on one 127.0.0.1 port that the real discord.js Client
 * logs in to, so end-to-end tests drive the bot with Discord's own payloads and see its REST calls.
 *
 *   const fake = new FakeDiscord(); await fake.start();
 *   const client = new Client({ intents, partials: [Partials.Channel], rest: { api: fake.api } });
 *   await client.login(fake.token);
 *   const sent = await fake.slashCommand({ name: 'ask', options: { question: 'why?' } });
 *   const reply = await fake.waitForResponse(sent);
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApplicationCommandOptionType, ApplicationCommandType, ComponentType, GatewayDispatchEvents, InteractionType } from 'discord.js';
import { type CloseOptions, Gateway, type GatewayLogEntry } from './gateway';
import { type FaultPlan, type HeldRequests, Rest, type RestCall } from './rest';
import { type Actor, type AttachmentOption, commandOptions, type FakeGuild, type Obj, type OptionValue, resolvedAttachments, snowflake, World } from './world';

export type { Actor, CloseOptions, FakeGuild, FaultPlan, GatewayLogEntry, HeldRequests, Obj, OptionValue, RestCall };

export interface FakeDiscordOptions {
  /** Shard count GET /gateway/bot recommends (default 1); used by clients with `shards: 'auto'`. */
  shards?: number;
  /** Guilds the bot is in, each with one text channel (default 1); guild i is on shard i % shards. */
  guilds?: number;
  /** HELLO's heartbeat interval (default 41250 ms, Discord's). */
  heartbeatIntervalMs?: number;
  /** Role ids every guild has besides @everyone, for members given `roles`. */
  roles?: string[];
  /** Role ids only guild i has (index i), as a real role belongs to one server. */
  rolesByGuild?: string[][];
}

/** What a test needs to find the bot's answer to an interaction. */
export interface SentInteraction {
  id: string;
  token: string;
}

export interface CommandInput extends Actor {
  name: string;
  options?: Record<string, OptionValue>;
  subcommand?: string;
  /** Subcommand group; needs `subcommand`. */
  group?: string;
}

export class FakeDiscord {
  /** The bot token; anything else gets 401 on REST and close 4004 on IDENTIFY. */
  readonly token = 'fake-bot-token';
  readonly world: World;
  private readonly rest: Rest;
  private readonly server: Server;
  private readonly gateway: Gateway;

  constructor(options: FakeDiscordOptions = {}) {
    const shards = options.shards ?? 1;
    this.world = new World(this.token, options.guilds ?? 1, shards, options.roles ?? [], options.rolesByGuild ?? []);
    this.rest = new Rest(this.world, () => ({
      url: this.gatewayUrl,
      shards,
      // max_concurrency ≥ shards puts each shard in its own identify bucket, so @discordjs/ws
      // identifies them all at once instead of 5 s apart.
      session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: Math.max(16, shards) },
    }));
    this.server = createServer((req, res) => void this.rest.handle(req, res));
    this.gateway = new Gateway(this.server, this.world, () => this.gatewayUrl, options.heartbeatIntervalMs ?? 41_250, shards);
  }

  /** Listens on a free 127.0.0.1 port; pass `api` as the Client's `rest.api`. */
  async start(): Promise<{ api: string; gateway: string }> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return { api: this.api, gateway: this.gatewayUrl };
  }

  /** Closes the gateway, every socket and the server; call after `client.destroy()`. */
  async stop(): Promise<void> {
    this.rest.stop();
    await this.gateway.stop();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  get api(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  private get port(): number {
    return (this.server.address() as AddressInfo | null)?.port ?? 0;
  }

  get bot(): Obj {
    return this.world.bot;
  }

  get guilds(): FakeGuild[] {
    return this.world.guilds;
  }

  /** The human who acts when a builder is given no userId. */
  get userId(): string {
    return this.world.userId;
  }

  /** Every REST call so far, oldest first, including the ones answered with an injected fault. */
  get calls(): readonly RestCall[] {
    return this.rest.calls;
  }

  /** How many heartbeats shard `shard` has sent. */
  heartbeatsOf(shard: number): number {
    return this.gateway.heartbeats.get(shard) ?? 0;
  }

  /** IDENTIFY and RESUME requests received, in order. */
  get gatewayLog(): readonly GatewayLogEntry[] {
    return this.gateway.log;
  }

  waitForCall(match: (call: RestCall) => boolean, timeoutMs = 5000): Promise<RestCall> {
    return this.rest.waitForCall(match, timeoutMs);
  }

  /** The interaction's accepted callback (body.type 4, 5, 6, 7, 8 or 9 with its data). */
  waitForResponse(sent: SentInteraction, timeoutMs = 5000): Promise<RestCall> {
    const path = `/interactions/${sent.id}/${sent.token}/callback`;
    return this.rest.waitForCall((c) => c.path === path && c.status < 300, timeoutMs);
  }

  /** The next calls matching `match` answer 429 `rateLimits` times, then 500 `serverErrors` times. */
  injectFaults(match: (call: RestCall) => boolean, plan: FaultPlan): void {
    this.rest.injectFaults(match, plan);
  }

  /**
   * REST requests matching `match` (by method and path; no body yet) wait unanswered and
   * unrecorded until `release()`.
   */
  holdRequests(match: (call: RestCall) => boolean): HeldRequests {
    return this.rest.hold(match);
  }

  /** Closes a shard's gateway connection (default: code 4000 on shard 0, which discord.js resumes). */
  closeGateway(options?: CloseOptions): void {
    this.gateway.close(options);
  }

  /** Resolves once the shard has a session that READY or RESUMED opened. */
  waitForShardReady(shard = 0, timeoutMs = 10_000): Promise<void> {
    return this.gateway.waitForReady(shard, timeoutMs);
  }

  /** The shard the fake routes a guild's events to. */
  shardFor(guildId: string | null): number {
    return this.gateway.shardFor(guildId);
  }

  /**
   * A file uploaded to the fake's attachment host (`/attachments/…` on its own address, as Discord
   * serves them from its CDN), for an attachment option. `size` is what the payload claims; it
   * defaults to the true size.
   */
  attachment(filename: string, content: string | Buffer, size?: number): AttachmentOption {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const path = this.rest.addFile(filename, data);
    return { attachment: { url: `http://127.0.0.1:${this.port}${path}`, filename, size: size ?? data.length } };
  }

  /** A message the fake knows: created by the bot over REST, or dispatched by a builder. */
  message(id: string): Obj | undefined {
    return this.world.messages.get(id);
  }

  slashCommand(input: CommandInput): Promise<SentInteraction> {
    return this.sendInteraction(InteractionType.ApplicationCommand, this.commandData(input), input);
  }

  /** Autocomplete while the user types `focused`, one of `options`. */
  autocomplete(input: CommandInput & { focused: string }): Promise<SentInteraction> {
    return this.sendInteraction(InteractionType.ApplicationCommandAutocomplete, this.commandData(input, input.focused), input);
  }

  /** A button press on `messageId`, or on a new bot message carrying that button. */
  async button(input: Actor & { customId: string; messageId?: string }): Promise<SentInteraction> {
    const message = this.sourceMessage(input, input.messageId, [
      { type: ComponentType.ActionRow, components: [{ type: ComponentType.Button, style: 1, custom_id: input.customId, label: input.customId }] },
    ]);
    return this.sendInteraction(InteractionType.MessageComponent, { custom_id: input.customId, component_type: ComponentType.Button }, input, message);
  }

  /** A pick in a string select menu on `messageId`, or on a new bot message carrying that menu. */
  async select(input: Actor & { customId: string; values: string[]; messageId?: string }): Promise<SentInteraction> {
    const message = this.sourceMessage(input, input.messageId, [
      {
        type: ComponentType.ActionRow,
        components: [{ type: ComponentType.StringSelect, custom_id: input.customId, options: input.values.map((value) => ({ label: value, value })) }],
      },
    ]);
    return this.sendInteraction(
      InteractionType.MessageComponent,
      { custom_id: input.customId, component_type: ComponentType.StringSelect, values: input.values },
      input,
      message,
    );
  }

  /** A modal submitted with text inputs `fields` (custom_id → value), each in a label as Discord sends them. */
  async modalSubmit(input: Actor & { customId: string; fields: Record<string, string>; messageId?: string }): Promise<SentInteraction> {
    const components = Object.entries(input.fields).map(([customId, value], i) => ({
      type: ComponentType.Label,
      id: i * 2 + 1,
      component: { type: ComponentType.TextInput, id: i * 2 + 2, custom_id: customId, value },
    }));
    const message = input.messageId ? this.sourceMessage(input, input.messageId) : undefined;
    return this.sendInteraction(InteractionType.ModalSubmit, { custom_id: input.customId, components }, input, message);
  }

  /** A message context-menu command on `targetMessageId`, or on a new user message saying `targetContent`. */
  async messageContextMenu(input: Actor & { name: string; targetMessageId?: string; targetContent?: string }): Promise<SentInteraction> {
    const target = input.targetMessageId
      ? this.sourceMessage(input, input.targetMessageId)
      : this.world.createMessage(this.world.channelOf(input).id, this.world.user(input.userId ?? this.userId), { content: input.targetContent ?? '' });
    return this.sendInteraction(
      InteractionType.ApplicationCommand,
      {
        id: this.commandId(input.name),
        name: input.name,
        type: ApplicationCommandType.Message,
        target_id: target.id,
        resolved: { messages: { [target.id]: target } },
      },
      input,
    );
  }

  /**
   * A MESSAGE_CREATE from a user, in a guild channel or (guildId: null) the bot's DM. `mentionBot`
   * prefixes `<@bot>`; `replyTo` makes it a reply, which pings the replied-to author as Discord does.
   */
  async userMessage(input: Actor & { content: string; mentionBot?: boolean; replyTo?: string }): Promise<Obj> {
    const w = this.world;
    const channel = w.channelOf(input);
    const author = w.user(input.userId ?? this.userId);
    const replied = input.replyTo ? w.messages.get(input.replyTo) : undefined;
    if (input.replyTo && !replied) throw new Error(`fake-discord: unknown message ${input.replyTo}`);
    const message = w.createMessage(channel.id, author, {
      content: input.mentionBot ? `<@${w.bot.id}> ${input.content}` : input.content,
      mentions: [...(input.mentionBot ? [w.bot] : []), ...(replied ? [replied.author] : [])],
      ...(replied ? { message_reference: { message_id: replied.id } } : {}),
    });
    const member = channel.guild_id ? { member: w.member(undefined, input.roles ?? []) } : {};
    await this.gateway.dispatch(this.shardFor(channel.guild_id ?? null), GatewayDispatchEvents.MessageCreate, {
      ...message,
      ...member,
      channel_type: channel.type,
    });
    return message;
  }

  private commandData(input: CommandInput, focused?: string): Obj {
    let options = commandOptions(input.options ?? {}, focused);
    if (input.subcommand) options = [{ name: input.subcommand, type: ApplicationCommandOptionType.Subcommand, options }];
    if (input.group) options = [{ name: input.group, type: ApplicationCommandOptionType.SubcommandGroup, options }];
    const attachments = resolvedAttachments(input.options ?? {});
    return {
      id: this.commandId(input.name),
      name: input.name,
      type: ApplicationCommandType.ChatInput,
      options,
      ...(attachments ? { resolved: { attachments } } : {}),
    };
  }

  /** The id the bot registered for a command via PUT, so command-id checks see the real one. */
  private commandId(name: string): string {
    const all = [...this.world.commands.values()].flat();
    return all.find((c) => c.name === name)?.id ?? snowflake();
  }

  /** A stored message, or a new bot message with `components` in the actor's channel. */
  private sourceMessage(actor: Actor, id: string | undefined, components: Obj[] = []): Obj {
    if (id) {
      const message = this.world.messages.get(id);
      if (!message) throw new Error(`fake-discord: unknown message ${id}`);
      return message;
    }
    return this.world.createMessage(this.world.channelOf(actor).id, this.world.bot, { content: 'Pick one', components });
  }

  private async sendInteraction(type: number, data: Obj, actor: Actor, message?: Obj): Promise<SentInteraction> {
    const { payload, state } = this.world.interaction(type, data, actor, message);
    await this.gateway.dispatch(this.shardFor(state.guildId), GatewayDispatchEvents.InteractionCreate, payload);
    return { id: payload.id, token: payload.token };
  }
}
