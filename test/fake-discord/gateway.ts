/**
 * The gateway half: HELLO, IDENTIFY → READY + GUILD_CREATE, RESUME → RESUMED, heartbeats,
 * one session per shard, dispatch to the connection that owns a shard, and forced closes.
 * JSON text frames only: discord.js asks for zlib-stream only when zlib-sync is installed.
 */
import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { Server } from 'node:http';
import { GatewayCloseCodes, GatewayDispatchEvents, GatewayOpcodes } from 'discord.js';
import { WebSocket, WebSocketServer } from 'ws';
import { type Obj, type World, shardOf } from './world';

interface Session {
  id: string;
  shard: [id: number, count: number];
  seq: number;
}

interface Connection {
  socket: WebSocket;
  session?: Session;
  /** READY (and its GUILD_CREATEs) or RESUMED has been sent: dispatches may flow. */
  ready: boolean;
}

/** A session the client opened (IDENTIFY) or resumed, or a connection refused; for resume-vs-identify asserts. */
export interface GatewayLogEntry {
  op: 'IDENTIFY' | 'RESUME' | 'REJECTED';
  shard: number | null;
  detail?: string;
}

export interface CloseOptions {
  /** Which shard's connection to close (default 0). */
  shard?: number;
  /** Close code; 4000 (unknown error) makes discord.js resume. Ignored when `terminate` is set. */
  code?: number;
  /** Drop the TCP connection without a close frame, as a network failure would. */
  terminate?: boolean;
  /** Forget the session, so the client's RESUME gets INVALID_SESSION and it must IDENTIFY afresh. */
  invalidateSession?: boolean;
}

/** Time between READY and the GUILD_CREATEs; see `identify`. */
const FRAME_GAP_MS = 20;

export class Gateway {
  readonly log: GatewayLogEntry[] = [];
  /** Heartbeats received, by shard. */
  readonly heartbeats = new Map<number, number>();
  private readonly wss: WebSocketServer;
  private readonly sessions = new Map<string, Session>();
  private readonly connections = new Set<Connection>();
  /** Emits 'ready' whenever a connection becomes ready, to wake pending dispatches. */
  private readonly events = new EventEmitter();
  private stopped = false;

  constructor(
    server: Server,
    private readonly world: World,
    private readonly url: () => string,
    private readonly heartbeatIntervalMs: number,
    /** The shard count GET /gateway/bot recommends, for routing before any shard identified. */
    private readonly shardCount: number,
  ) {
    this.events.setMaxListeners(0);
    this.wss = new WebSocketServer({ server });
    this.wss.on('connection', (socket, req) => this.open(socket, new URL(req.url ?? '/', 'ws://fake').searchParams));
  }

  /** Sends a dispatch on the connection owning `shard`, waiting (up to `timeoutMs`) for one to be ready. */
  async dispatch(shard: number, t: string, d: Obj, timeoutMs = 10_000): Promise<void> {
    const connection = await this.readyConnection(shard, timeoutMs);
    this.send(connection, { op: GatewayOpcodes.Dispatch, t, d, s: ++connection.session!.seq });
  }

  /** Closes a shard's connection now; dispatches made afterwards wait for the client to come back. */
  close({ shard = 0, code = GatewayCloseCodes.UnknownError, terminate = false, invalidateSession = false }: CloseOptions = {}): void {
    const connection = [...this.connections].find((c) => c.ready && c.session?.shard[0] === shard);
    if (!connection) throw new Error(`fake-discord: shard ${shard} has no ready connection to close`);
    connection.ready = false;
    if (invalidateSession) this.sessions.delete(connection.session!.id);
    if (terminate) connection.socket.terminate();
    else connection.socket.close(code, 'fake-discord fault injection');
  }

  /** Shard whose connection carries events of `guildId`, by the count the client identified with; DMs go to shard 0. */
  shardFor(guildId: string | null): number {
    const count = [...this.sessions.values()][0]?.shard[1] ?? this.shardCount;
    return guildId === null ? 0 : shardOf(guildId, count);
  }

  /** Resolves once `shard` has a ready connection. */
  async waitForReady(shard = 0, timeoutMs = 10_000): Promise<void> {
    await this.readyConnection(shard, timeoutMs);
  }

  stop(): Promise<void> {
    this.stopped = true;
    this.events.emit('ready'); // wakes pending dispatches, which now reject
    for (const connection of this.connections) connection.socket.terminate();
    return new Promise((resolve) => this.wss.close(() => resolve()));
  }

  private open(socket: WebSocket, params: URLSearchParams): void {
    if (params.get('encoding') !== 'json' || params.has('compress')) {
      // Fail loudly instead of sending frames the client cannot decode.
      const detail = `unsupported ${params.toString()}: uninstall zlib-sync or drop ws compression`;
      this.log.push({ op: 'REJECTED', shard: null, detail });
      socket.close(GatewayCloseCodes.DecodeError, detail.slice(0, 120));
      return;
    }
    const connection: Connection = { socket, ready: false };
    this.connections.add(connection);
    socket.on('close', () => this.connections.delete(connection));
    // Clients send text frames, which ws hands over as one Buffer.
    socket.on('message', (raw: Buffer) => {
      try {
        this.receive(connection, JSON.parse(raw.toString()));
      } catch {
        socket.close(GatewayCloseCodes.DecodeError);
      }
    });
    this.send(connection, { op: GatewayOpcodes.Hello, d: { heartbeat_interval: this.heartbeatIntervalMs }, s: null, t: null });
  }

  private receive(connection: Connection, { op, d }: Obj): void {
    if (op === GatewayOpcodes.Heartbeat) {
      this.send(connection, { op: GatewayOpcodes.HeartbeatAck });
      const shard = connection.session?.shard[0];
      if (shard !== undefined) this.heartbeats.set(shard, (this.heartbeats.get(shard) ?? 0) + 1);
    } else if (op === GatewayOpcodes.Identify) void this.identify(connection, d);
    else if (op === GatewayOpcodes.Resume) this.resume(connection, d);
    // Presence updates, member requests, etc. need no answer from a fake.
  }

  private async identify(connection: Connection, d: Obj): Promise<void> {
    const shard: [number, number] = d.shard ?? [0, 1];
    this.log.push({ op: 'IDENTIFY', shard: shard[0] });
    if (d.token !== this.world.token) {
      connection.socket.close(GatewayCloseCodes.AuthenticationFailed);
      return;
    }
    const session: Session = { id: randomBytes(16).toString('hex'), shard, seq: 0 };
    this.sessions.set(session.id, session);
    connection.session = session;
    const guilds = this.world.guilds.filter((g) => shardOf(g.id, shard[1]) === shard[0]);
    this.send(connection, {
      op: GatewayOpcodes.Dispatch,
      t: GatewayDispatchEvents.Ready,
      s: ++session.seq,
      d: {
        v: 10,
        user: this.world.bot,
        guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
        session_id: session.id,
        resume_gateway_url: this.url(),
        shard,
        application: { id: this.world.bot.id, flags: 0 },
        private_channels: [],
        relationships: [],
        presences: [],
        guild_join_requests: [],
        geo_ordered_rtc_regions: [],
        user_settings: {},
        auth: {},
      },
    });
    // @discordjs/ws handles frames concurrently. READY read in the same chunk as a GUILD_CREATE wins
    // today only because both paths await equally often; if GUILD_CREATE ever overtook it, discord.js
    // would mark the client ready before READY set client.user. A gap costs 20 ms and removes the race.
    await new Promise((resolve) => setTimeout(resolve, FRAME_GAP_MS));
    if (connection.socket.readyState !== WebSocket.OPEN) return;
    for (const guild of guilds) {
      this.send(connection, { op: GatewayOpcodes.Dispatch, t: GatewayDispatchEvents.GuildCreate, s: ++session.seq, d: this.world.guildCreate(guild) });
    }
    this.markReady(connection);
  }

  /** Resumes without replaying: the fake never dispatches to a shard that has no ready connection. */
  private resume(connection: Connection, d: Obj): void {
    const session = this.sessions.get(d.session_id);
    this.log.push({ op: 'RESUME', shard: session?.shard[0] ?? null });
    if (!session || d.token !== this.world.token) {
      this.send(connection, { op: GatewayOpcodes.InvalidSession, d: false });
      return;
    }
    connection.session = session;
    this.send(connection, { op: GatewayOpcodes.Dispatch, t: GatewayDispatchEvents.Resumed, s: ++session.seq, d: {} });
    this.markReady(connection);
  }

  private markReady(connection: Connection): void {
    connection.ready = true;
    this.events.emit('ready');
  }

  private readyConnection(shard: number, timeoutMs: number): Promise<Connection> {
    return new Promise((resolve, reject) => {
      const settle = (connection?: Connection, error?: Error) => {
        clearTimeout(timer);
        this.events.off('ready', check);
        if (connection) resolve(connection);
        else reject(error ?? new Error('fake-discord: no connection'));
      };
      const check = () => {
        if (this.stopped) {
          settle(undefined, new Error('fake-discord: stopped'));
          return;
        }
        const connection = [...this.connections].find((c) => c.ready && c.session?.shard[0] === shard);
        if (connection) settle(connection);
      };
      const timer = setTimeout(
        () => settle(undefined, new Error(`fake-discord: shard ${shard} had no ready gateway connection within ${timeoutMs} ms`)),
        timeoutMs,
      );
      this.events.on('ready', check);
      check();
    });
  }

  private send(connection: Connection, payload: Obj): void {
    connection.socket.send(JSON.stringify(payload));
  }
}
