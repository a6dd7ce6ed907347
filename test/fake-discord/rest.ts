/**
 * The REST half: routes a discord.js bot uses, each call recorded, plus injected 429/500s.
 * Paths are matched after the `/api/v10` prefix that @discordjs/rest puts on every URL.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { InteractionResponseType, MessageFlags } from 'discord.js';
import { type Obj, type World, snowflake } from './world';

export interface UploadedFile {
  /** The multipart field, e.g. `files[0]`. */
  field: string;
  name: string;
  contentType: string;
  data: Buffer;
}

export interface RestCall {
  method: string;
  /** Without the `/api/v10` prefix, e.g. `/interactions/123/tok/callback`. */
  path: string;
  query: Record<string, string>;
  /** Parsed JSON body, or the parsed `payload_json` of a multipart body. */
  body: any;
  files: UploadedFile[];
  /** The status the fake answered with (429 and 500 when a fault was injected). */
  status: number;
  response: unknown;
  /** When the fake answered it, by this process's `performance.now()`: for latency figures. */
  answeredAt: number;
}

/** Requests held back by `hold`, until `release()` lets them through. */
export interface HeldRequests {
  release(): void;
}

export interface FaultPlan {
  /** How many matching calls answer 429 first. */
  rateLimits?: number;
  /** Then how many answer 500. */
  serverErrors?: number;
  /** Seconds, as in Discord's `retry-after`; small so tests stay fast. */
  retryAfter?: number;
}

type Reply = [status: number, body?: unknown, headers?: Record<string, string>];
type Handler = (params: string[], call: RestCall) => Reply;

const PREFIX = '/api/v10';
const notFound = (what: string, code: number): Reply => [404, { message: `Unknown ${what}`, code }];

/** `'PATCH /channels/:channel/messages/:message'` → [method, regex capturing each :param]. */
function route(spec: string, handler: Handler): [string, RegExp, Handler] {
  const [method, path] = spec.split(' ') as [string, string];
  return [method, new RegExp(`^${path.replace(/:\w+/g, '([^/]+)')}$`), handler];
}

export class Rest {
  readonly calls: RestCall[] = [];
  private readonly waiters = new Set<{ match: (c: RestCall) => boolean; settle: (e: Error | null, c?: RestCall) => void }>();
  private readonly faults: { match: (c: RestCall) => boolean; plan: Required<FaultPlan> }[] = [];
  private readonly holds = new Set<{ match: (c: RestCall) => boolean; released: Promise<void> }>();
  private readonly routes: [string, RegExp, Handler][];

  constructor(
    private readonly world: World,
    gatewayInfo: () => Obj,
  ) {
    const w = world;
    const commands = ([, guildId]: string[], c: RestCall): Reply => [
      200,
      c.method === 'PUT' ? this.storeCommands(guildId, c.body) : (w.commands.get(guildId ?? 'global') ?? []),
    ];
    const webhookMessage = ([, token, id]: string[], c: RestCall): Reply => {
      const it = w.interactions.get(token);
      return it ? this.messageOp(id === '@original' ? it.originalId : id, c) : notFound('Webhook', 10015);
    };
    this.routes = [
      route('GET /gateway/bot', () => [200, gatewayInfo()]),
      route('GET /users/@me', () => [200, w.bot]),
      route('POST /users/@me/channels', (_, c) => [200, w.dmChannel(c.body.recipient_id)]),
      route('GET /applications/@me', () => [
        200,
        {
          id: w.bot.id,
          name: 'Isnad',
          description: '',
          icon: null,
          bot_public: false,
          bot_require_code_grant: false,
          flags: 0,
          bot: w.bot,
          owner: w.user(w.userId),
        },
      ]),
      route('PUT /applications/:app/commands', commands),
      route('GET /applications/:app/commands', commands),
      route('PUT /applications/:app/guilds/:guild/commands', commands),
      route('GET /applications/:app/guilds/:guild/commands', commands),
      route('POST /interactions/:id/:token/callback', ([id, token], c) => this.callback(id, token, c)),
      route('POST /webhooks/:app/:token', ([, token], c) => {
        const it = w.interactions.get(token);
        if (!it) return notFound('Webhook', 10015);
        const message = w.createMessage(it.channelId, w.bot, messageData(c, c.body));
        return c.query.wait === 'true' ? [200, message] : [204];
      }),
      ...['GET', 'PATCH', 'DELETE'].map((m) => route(`${m} /webhooks/:app/:token/messages/:message`, webhookMessage)),
      route('POST /channels/:channel/messages', ([channelId], c) =>
        w.channels.has(channelId) ? [200, w.createMessage(channelId, w.bot, messageData(c, c.body))] : notFound('Channel', 10003),
      ),
      route('POST /channels/:channel/typing', () => [204]),
      ...['GET', 'PATCH', 'DELETE'].map((m) => route(`${m} /channels/:channel/messages/:message`, ([, id], c) => this.messageOp(id, c))),
    ];
  }

  /** Resolves with the first call (past or future) matching `match`; rejects after `timeoutMs`. */
  waitForCall(match: (call: RestCall) => boolean, timeoutMs = 5000): Promise<RestCall> {
    const past = this.calls.find(match);
    if (past) return Promise.resolve(past);
    return new Promise((resolve, reject) => {
      const settle = (error: Error | null, call?: RestCall) => {
        clearTimeout(timer);
        this.waiters.delete(waiter);
        if (error) reject(error);
        else resolve(call!);
      };
      const waiter = { match, settle };
      const timer = setTimeout(() => {
        const seen = this.calls.map((c) => `${c.method} ${c.path} → ${c.status}`).join('\n  ');
        settle(new Error(`fake-discord: no matching REST call within ${timeoutMs} ms; calls so far:\n  ${seen}`));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  /** Rejects pending waits, so a stopped fake leaves no timers behind. */
  stop(): void {
    for (const waiter of this.waiters) waiter.settle(new Error('fake-discord: stopped'));
  }

  /** The next calls matching `match` fail: `rateLimits` × 429, then `serverErrors` × 500. */
  injectFaults(match: (call: RestCall) => boolean, plan: FaultPlan): void {
    this.faults.push({ match, plan: { rateLimits: 0, serverErrors: 0, retryAfter: 0.1, ...plan } });
  }

  /**
   * Matching requests (by method and path) wait, neither read nor answered nor recorded, until
   * `release` is called: a Discord slow to answer, for tests of work in flight.
   */
  hold(match: (call: RestCall) => boolean): HeldRequests {
    let release: () => void = () => undefined;
    const hold = { match, released: new Promise<void>((resolve) => (release = resolve)) };
    this.holds.add(hold);
    return {
      release: () => {
        this.holds.delete(hold);
        release();
      },
    };
  }

  /** Files the attachment host serves, by path. */
  private readonly files = new Map<string, Buffer>();

  /** Serves `data` at a new /attachments/… path, which it returns. */
  addFile(filename: string, data: Buffer): string {
    const path = `/attachments/${snowflake()}/${encodeURIComponent(filename)}`;
    this.files.set(path, data);
    return path;
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const file = this.files.get(url.pathname);
    if (file) {
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(file.length) });
      res.end(file);
      return;
    }
    // Decoded: @discordjs/rest sends `@original` as `%40original`.
    const path = decodeURIComponent(url.pathname);
    const call: RestCall = {
      method: req.method ?? 'GET',
      path: path.startsWith(PREFIX) ? path.slice(PREFIX.length) : path,
      query: Object.fromEntries(url.searchParams),
      body: undefined,
      files: [],
      status: 0,
      response: undefined,
      answeredAt: 0,
    };
    for (const hold of this.holds) if (hold.match(call)) await hold.released;
    const [status, body, headers] = await readBody(req, call).then(
      () => this.answer(call, req.headers.authorization),
      (error: unknown): Reply => [400, { message: `fake-discord: unreadable body: ${error instanceof Error ? error.message : String(error)}`, code: 50109 }],
    );
    call.status = status;
    call.response = body;
    call.answeredAt = performance.now();
    res.writeHead(status, { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) });
    res.end(body === undefined ? undefined : JSON.stringify(body));
    this.calls.push(call);
    for (const waiter of this.waiters) if (waiter.match(call)) waiter.settle(null, call);
  }

  private answer(call: RestCall, authorization: string | undefined): Reply {
    const fault = this.faults.find((f) => (f.plan.rateLimits > 0 || f.plan.serverErrors > 0) && f.match(call));
    if (fault?.plan.rateLimits) {
      fault.plan.rateLimits--;
      const after = fault.plan.retryAfter;
      // The headers @discordjs/rest reads to decide how long to wait and which bucket is limited.
      return [
        429,
        { message: 'You are being rate limited.', retry_after: after, global: false },
        {
          'retry-after': String(after),
          'x-ratelimit-limit': '5',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset-after': String(after),
          'x-ratelimit-bucket': 'fake-bucket',
          'x-ratelimit-scope': 'user',
        },
      ];
    }
    if (fault) {
      fault.plan.serverErrors--;
      return [500, { message: '500: Internal Server Error', code: 0 }];
    }
    // Interaction callbacks and webhooks are authorised by their token, the rest by the bot token.
    const tokenAuthorised = /^\/(interactions|webhooks)\//.test(call.path);
    if (!tokenAuthorised && authorization !== `Bot ${this.world.token}`) return [401, { message: '401: Unauthorized', code: 0 }];
    for (const [method, pattern, handler] of this.routes) {
      const match = method === call.method ? pattern.exec(call.path) : null;
      if (match) return handler(match.slice(1), call);
    }
    return [404, { message: `404: Not Found (fake-discord has no route for ${call.method} ${call.path})`, code: 0 }];
  }

  private callback(id: string, token: string, call: RestCall): Reply {
    const w = this.world;
    const it = w.interactions.get(token);
    if (it?.id !== id) return notFound('interaction', 10062);
    if (it.acknowledged) return [400, { message: 'Interaction has already been acknowledged.', code: 40060 }];
    it.acknowledged = true;
    const data = messageData(call, call.body.data);
    switch (call.body.type) {
      case InteractionResponseType.ChannelMessageWithSource:
        it.originalId = w.createMessage(it.channelId, w.bot, {
          ...data,
          type: 20,
          interaction_metadata: { id: it.id, type: it.type, user: w.user(it.userId), authorizing_integration_owners: {} },
        }).id;
        break;
      case InteractionResponseType.DeferredChannelMessageWithSource:
        it.originalId = w.createMessage(it.channelId, w.bot, { type: 20, flags: (data.flags ?? 0) | MessageFlags.Loading }).id;
        break;
      case InteractionResponseType.DeferredMessageUpdate:
        it.originalId = it.messageId;
        break;
      case InteractionResponseType.UpdateMessage:
        it.originalId = it.messageId;
        if (it.messageId) w.editMessage(w.messages.get(it.messageId)!, data);
        break;
    }
    if (call.query.with_response !== 'true') return [204];
    const message = it.originalId ? w.messages.get(it.originalId) : undefined;
    return [
      200,
      {
        interaction: {
          id: it.id,
          type: it.type,
          response_message_id: message?.id,
          response_message_loading: Boolean((message?.flags ?? 0) & MessageFlags.Loading),
          response_message_ephemeral: Boolean((message?.flags ?? 0) & MessageFlags.Ephemeral),
        },
        resource: { type: call.body.type, ...(message ? { message } : {}) },
      },
    ];
  }

  /** GET, PATCH or DELETE of a stored message. */
  private messageOp(id: string | undefined, call: RestCall): Reply {
    const message = id ? this.world.messages.get(id) : undefined;
    if (!message) return notFound('Message', 10008);
    if (call.method === 'GET') return [200, message];
    if (call.method === 'PATCH') return [200, this.world.editMessage(message, messageData(call, call.body))];
    this.world.messages.delete(message.id);
    return [204];
  }

  private storeCommands(guildId: string | undefined, body: Obj[]): Obj[] {
    const stored = body.map((command) => ({
      id: snowflake(),
      application_id: this.world.bot.id,
      version: snowflake(),
      type: 1,
      description: '',
      default_member_permissions: null,
      nsfw: false,
      options: [],
      ...(guildId ? { guild_id: guildId } : {}),
      ...command,
    }));
    this.world.commands.set(guildId ?? 'global', stored);
    return stored;
  }
}

/** Reads a JSON or multipart body into `call`; multipart is how discord.js sends files. */
async function readBody(req: IncomingMessage, call: RestCall): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const type = req.headers['content-type'] ?? '';
  if (raw.length === 0) return;
  if (type.startsWith('application/json')) {
    call.body = JSON.parse(raw.toString('utf8'));
  } else if (type.startsWith('multipart/form-data')) {
    // The platform's own multipart parser, via a Response, rather than a hand-written one.
    const form = await new Response(raw, { headers: { 'content-type': type } }).formData();
    for (const [field, value] of form) {
      if (typeof value === 'string') {
        if (field === 'payload_json') call.body = JSON.parse(value);
      } else {
        call.files.push({ field, name: value.name, contentType: value.type, data: Buffer.from(await value.arrayBuffer()) });
      }
    }
  }
}

/** Message data with the call's uploaded files as attachment objects, as Discord returns them. */
function messageData(call: RestCall, data: Obj | undefined): Obj {
  if (!call.files.length) return data ?? {};
  const files = call.files.map((file) => {
    const id = snowflake();
    const url = `https://cdn.discordapp.com/attachments/0/${id}/${file.name}`;
    return { id, filename: file.name, size: file.data.length, content_type: file.contentType, url, proxy_url: url };
  });
  return { ...data, attachments: files };
}
