/**
 * The gateway connection's life, as structured log events, and whether every shard of this
 * process is connected now: disconnects (with the close code), resumes, identifies (a fresh
 * session: at start, and again after a session was lost), invalid sessions, shards that will not
 * come back.
 */
import { type Client, Events, WebSocketShardEvents } from 'discord.js';
import type { Logger } from './logger';

export interface GatewayWatch {
  /** True once every shard of this process has a session, and while none is disconnected. */
  connected(): boolean;
  /** From now on a closing connection is the bot logging out, not an outage. */
  stopping(): void;
}

/** discord.js reports an invalid session only in its debug output. */
const INVALID_SESSION = /^\[WS => Shard (\d+)\] Invalid session; will attempt to resume: (true|false)/;

export function watchGateway(client: Client, logger: Logger): GatewayWatch {
  const connected = new Map<number, boolean>();
  const identified = new Set<number>();
  let stopping = false;

  const watchCloses = (shard: number) => {
    client.ws.shards.get(shard)?.on(WebSocketShardEvents.Close, ({ code }) => {
      connected.set(shard, false);
      if (stopping) logger.info('gateway closed', { shard, code });
      else logger.warn('gateway disconnected', { shard, code });
    });
  };
  client.on(Events.ShardReady, (shard) => {
    connected.set(shard, true);
    const again = identified.has(shard);
    if (!again) {
      identified.add(shard);
      watchCloses(shard);
    }
    // Identifying again means the session was lost: events sent meanwhile were never received.
    (again ? logger.warn : logger.info)('gateway identified', { shard, again });
  });
  client.on(Events.ShardResume, (shard, replayed) => {
    connected.set(shard, true);
    logger.info('gateway resumed', { shard, replayed });
  });
  client.on(Events.ShardDisconnect, ({ code }, shard) => {
    connected.set(shard, false);
    logger.error('gateway closed for good', { shard, code });
  });
  client.on(Events.ShardError, (error, shard) => logger.warn('gateway error', { shard, error }));
  client.on(Events.Debug, (message) => {
    const invalid = INVALID_SESSION.exec(message);
    if (invalid) logger.warn('gateway session invalidated', { shard: Number(invalid[1]), resumable: invalid[2] === 'true' });
  });

  return {
    connected: () => connected.size > 0 && connected.size === client.ws.shards.size && [...connected.values()].every(Boolean),
    stopping: () => {
      stopping = true;
    },
  };
}
