import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

/** A stored file: where to find it again, and the sha256 of its content (hex). */
export interface StoredFile {
  key: string;
  checksum: string;
  size: number;
}

/**
 * Where uploaded photos and evidence live. The disk implementation below is the only one today;
 * an S3-compatible bucket would implement the same methods.
 *
 * There is no way to store a file on its own: a file is stored only for the work that records it
 * (`keepFor`), and kept only when that work succeeds, so that a refused or failed request leaves
 * nothing behind.
 */
export abstract class FileStorage {
  /**
   * Runs `work` (which records the files in its database transaction and resolves once that has
   * committed) with the bodies' keys. The bodies are written under temporary names first and moved
   * into place only when `work` resolves; when it throws, they are removed and the error passes on.
   */
  abstract keepFor<T>(bodies: readonly Buffer[], work: (stored: StoredFile[]) => Promise<T>): Promise<T>;
  abstract read(key: string): Promise<Buffer>;
  abstract exists(key: string): Promise<boolean>;
}

export const sha256 = (body: Buffer): string => createHash('sha256').update(body).digest('hex');

/** Temporary files older than this are from a process that died mid-request: removed at start. */
const STALE_MS = 60 * 60 * 1000;

/**
 * Content-addressed files on disk: `<root>/sha256/ab/abcdef…`. The same content is stored once,
 * and a stored file is never removed (another record may share it). A request's files are written
 * to `<root>/tmp/` and renamed into place after its transaction commits, so a reader never sees
 * half a file and a failed request leaves none.
 */
export class DiskStorage extends FileStorage {
  private readonly root: string;

  constructor(root: string) {
    super();
    this.root = resolve(root);
  }

  async keepFor<T>(bodies: readonly Buffer[], work: (stored: StoredFile[]) => Promise<T>): Promise<T> {
    const staged: { temporary: string; path: string }[] = [];
    try {
      const stored: StoredFile[] = [];
      for (const body of bodies) {
        const checksum = sha256(body);
        const key = `sha256/${checksum.slice(0, 2)}/${checksum}`;
        stored.push({ key, checksum, size: body.length });
        // Content already kept stays (nothing removes a kept file): no second copy to write.
        if (await this.exists(key)) continue;
        await mkdir(this.temporaryDir, { recursive: true });
        const temporary = join(this.temporaryDir, `${checksum}.${randomUUID()}.tmp`);
        staged.push({ temporary, path: this.pathOf(key) });
        await writeFile(temporary, body, { flag: 'wx' });
      }
      const result = await work(stored);
      for (const file of staged) {
        await mkdir(dirname(file.path), { recursive: true });
        // Two requests may keep the same new content at once: the later rename replaces it with identical bytes.
        await rename(file.temporary, file.path);
      }
      return result;
    } finally {
      for (const file of staged) await unlink(file.temporary).catch(() => undefined);
    }
  }

  /** Removes what requests of a process that died left in the temporary folder. */
  async removeStale(now = Date.now()): Promise<void> {
    const names = await readdir(this.temporaryDir).catch(() => [] as string[]);
    for (const name of names) {
      const path = join(this.temporaryDir, name);
      const info = await stat(path).catch(() => undefined);
      if (info?.isFile() && now - info.mtimeMs > STALE_MS) await unlink(path).catch(() => undefined);
    }
  }

  private get temporaryDir(): string {
    return join(this.root, 'tmp');
  }

  read(key: string): Promise<Buffer> {
    return readFile(this.pathOf(key));
  }

  async exists(key: string): Promise<boolean> {
    return stat(this.pathOf(key)).then((s) => s.isFile(), () => false);
  }

  /** Keys are ours (`sha256/xx/<64 hex>`): anything else never reaches the file system. */
  private pathOf(key: string): string {
    if (!/^sha256\/[0-9a-f]{2}\/[0-9a-f]{64}$/.test(key)) throw new Error(`Clave de archivo no válida: ${key}`);
    return join(this.root, ...key.split('/'));
  }
}
