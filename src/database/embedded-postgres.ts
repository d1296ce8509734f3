import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgres {
  url: string;
  /**
   * One connection per process: the socket server multiplexes clients onto one PGlite session, and
   * concurrent transactions from one pool of several connections were seen to deadlock. Several
   * processes (or app instances) may still connect, up to maxConnections.
   */
  poolSize: number;
  stop(): Promise<void>;
}

const isListening = (path: string) =>
  new Promise<boolean>((done) => {
    const socket = connect(path);
    socket.once('connect', () => { socket.destroy(); done(true); });
    socket.once('error', () => done(false));
  });

/**
 * PostgreSQL (PGlite, in WebAssembly) behind its socket server, so that the application reaches it
 * through the ordinary `pg` driver exactly as it reaches a real server. `dataDir` undefined keeps
 * the database in memory (tests).
 */
export async function startEmbeddedPostgres(dataDir?: string): Promise<EmbeddedPostgres> {
  let socketPath: string | undefined;
  if (dataDir) {
    const dir = resolve(dataDir);
    mkdirSync(dir, { recursive: true });
    socketPath = join(dir, '.s.PGSQL.5432');
    if (existsSync(socketPath)) {
      if (await isListening(socketPath)) {
        throw new Error(`La carpeta de datos ${dir} ya está en uso por otro proceso del back-office.`);
      }
      rmSync(socketPath);
    }
  }
  const db = await PGlite.create({ dataDir: dataDir ? resolve(dataDir, 'pg') : undefined, extensions: { btree_gist, pg_trgm } });
  const server = new PGLiteSocketServer(
    socketPath ? { db, path: socketPath, maxConnections: 20 } : { db, host: '127.0.0.1', port: 0, maxConnections: 20 },
  );
  await server.start();
  const url = socketPath
    ? `postgres://postgres@localhost/postgres?host=${encodeURIComponent(resolve(dataDir!))}`
    : `postgres://postgres@127.0.0.1:${server.getServerConn().split(':').pop()}/postgres`;
  return {
    url,
    poolSize: 1,
    async stop() {
      await server.stop();
      await db.close();
      if (socketPath && existsSync(socketPath)) rmSync(socketPath);
    },
  };
}
