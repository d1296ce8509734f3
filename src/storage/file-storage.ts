import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

/** A stored file: where to find it again, and the sha256 of its content (hex). */
export interface StoredFile {
  key: string;
  checksum: string;
  size: number;
}

/**
 * Where uploaded photos and evidence live. The disk implementation below is the only one today;
 * an S3-compatible bucket would implement the same three methods.
 */
export abstract class FileStorage {
  abstract put(body: Buffer): Promise<StoredFile>;
  abstract read(key: string): Promise<Buffer>;
  abstract exists(key: string): Promise<boolean>;
}

export const sha256 = (body: Buffer): string => createHash('sha256').update(body).digest('hex');

/**
 * Content-addressed files on disk: `<root>/sha256/ab/abcdef…`. The same content is stored once;
 * a write goes to a temporary name first and is renamed, so a reader never sees half a file.
 */
export class DiskStorage extends FileStorage {
  private readonly root: string;

  constructor(root: string) {
    super();
    this.root = resolve(root);
  }

  async put(body: Buffer): Promise<StoredFile> {
    const checksum = sha256(body);
    const key = `sha256/${checksum.slice(0, 2)}/${checksum}`;
    const path = this.pathOf(key);
    if (!(await this.exists(key))) {
      await mkdir(dirname(path), { recursive: true });
      const temporary = `${path}.${randomUUID()}.tmp`;
      await writeFile(temporary, body, { flag: 'wx' });
      try {
        await rename(temporary, path);
      } catch (error) {
        await unlink(temporary).catch(() => undefined);
        throw error;
      }
    }
    return { key, checksum, size: body.length };
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
