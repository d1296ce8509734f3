import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { Injectable } from '@nestjs/common';
import { today } from '../common/today';
import { DirectoryRepository, type PublicCenter } from './directory.repository';
import { toHsds } from './hsds';

/** A serialized answer, kept as bytes in each encoding so that a request only writes them out. */
export interface CachedBody {
  body: Buffer;
  gzip: Buffer;
  br: Buffer;
  etag: string;
}

const TTL_MS = 60_000;
const MAX_ENTRIES = 500;

export const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The public directory, served from an in-process cache of serialized answers (per query) that
 * lives a minute: a cache, not state; every instance rebuilds its own from the database.
 */
@Injectable()
export class DirectoryService {
  private centers?: { at: number; value: Promise<PublicCenter[]> };
  private readonly bodies = new Map<string, CachedBody & { at: number }>();

  constructor(private readonly directory: DirectoryRepository) {}

  private load(now: number): Promise<PublicCenter[]> {
    if (!this.centers || now - this.centers.at > TTL_MS) {
      const value = this.directory.centers(today());
      this.centers = { at: now, value };
      value.catch(() => { this.centers = undefined; });
    }
    return this.centers.value;
  }

  async centersBody(q: string | undefined): Promise<CachedBody> {
    const query = fold(q ?? '').slice(0, 100);
    return this.cached(`centers:${query}`, async (centers) => publicView(search(centers, query)));
  }

  async hsdsBody(): Promise<CachedBody> {
    return this.cached('hsds', async (centers) => toHsds(centers, new Date().toISOString()));
  }

  private async cached(key: string, build: (centers: PublicCenter[]) => Promise<unknown>): Promise<CachedBody> {
    const now = Date.now();
    const hit = this.bodies.get(key);
    if (hit && now - hit.at <= TTL_MS) return hit;
    const body = Buffer.from(JSON.stringify(await build(await this.load(now))));
    const entry = {
      body,
      gzip: gzipSync(body, { level: 9 }),
      br: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
      etag: `W/"${createHash('sha1').update(body).digest('base64url')}"`,
      at: now,
    };
    if (this.bodies.size >= MAX_ENTRIES) this.bodies.clear();
    this.bodies.set(key, entry);
    return entry;
  }
}

/** Centres, agencies and procedures matching every word of the query (accents and case ignored). */
export function search(centers: PublicCenter[], query: string): PublicCenter[] {
  if (!query) return centers;
  const words = query.split(' ');
  const all = (text: string) => words.every((w) => text.includes(w));
  const out: PublicCenter[] = [];
  for (const c of centers) {
    const centerText = fold(`${c.code} ${c.name} ${c.municipality}`);
    if (all(centerText)) {
      out.push(c);
      continue;
    }
    const agencies = c.agencies.flatMap((a) => {
      const agencyText = `${centerText} ${fold(`${a.acronym} ${a.name}`)}`;
      if (all(agencyText)) return [a];
      const procedures = a.procedures.filter((p) => all(`${agencyText} ${fold(`${p.name} ${p.keywords ?? ''} ${p.description ?? ''}`)}`));
      return procedures.length ? [{ ...a, procedures }] : [];
    });
    if (agencies.length) out.push({ ...c, agencies });
  }
  return out;
}

/** The public shape: the contract's fields only (no internal ids of buildings, no keywords). */
function publicView(centers: PublicCenter[]) {
  return centers.map(({ id: _id, agencies, ...c }) => ({
    ...c,
    agencies: agencies.map((a) => ({ ...a, procedures: a.procedures.map(({ keywords: _k, ...p }) => p) })),
  }));
}
