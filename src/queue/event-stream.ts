import type { Request, Response } from 'express';
import type { QueueBus, QueueEvent } from './queue-bus';

const HEARTBEAT_MS = 20_000;

export interface StreamOptions {
  buildingId: string;
  /** Which of the building's events this screen may see. */
  visible: (event: QueueEvent) => boolean;
  /** What the screen receives of each. */
  shape: (event: QueueEvent) => unknown;
}

/** The last event a reconnecting screen saw: the browser's Last-Event-ID header, or `lastEventId` in the query. */
export function lastEventIdOf(req: Request): string | undefined {
  const raw = req.header('last-event-id') ?? (typeof req.query.lastEventId === 'string' ? req.query.lastEventId : undefined);
  return raw && /^\d{1,18}$/.test(raw) ? raw : undefined;
}

/**
 * Server-sent events of one building's lines, for as long as the client stays: first what it
 * missed since its last event, then each new one as it is committed, never one twice, with a
 * comment every 20 s so that proxies keep the connection open.
 */
export async function streamEvents(req: Request, res: Response, bus: QueueBus, options: StreamOptions): Promise<void> {
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    // no-transform keeps the compression middleware from buffering the stream.
    'Cache-Control': 'no-store, no-transform',
    Connection: 'keep-alive',
    'X-Accel-Buffering': 'no',
  });
  res.write('retry: 2000\n\n');
  let last = BigInt(lastEventIdOf(req) ?? '0');
  let replaying = true;
  const held: QueueEvent[] = [];
  const send = (event: QueueEvent) => {
    const id = BigInt(event.id);
    if (id <= last) return;
    last = id;
    res.write(`id: ${event.id}\nevent: queue\ndata: ${JSON.stringify(options.shape(event))}\n\n`);
  };
  const unsubscribe = bus.subscribe((event) => {
    if (event.buildingId !== options.buildingId || !options.visible(event)) return;
    if (replaying) held.push(event);
    else send(event);
  });
  const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
  req.on('close', () => {
    clearInterval(heartbeat);
    unsubscribe();
  });
  try {
    if (last > 0n) for (const event of await bus.since(options.buildingId, last.toString())) if (options.visible(event)) send(event);
  } finally {
    replaying = false;
    for (const event of held) send(event);
  }
}
