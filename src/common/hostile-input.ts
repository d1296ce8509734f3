import type { NextFunction, Request, Response } from 'express';
import { BadRequestException } from '@nestjs/common';

/**
 * Input that PostgreSQL or the recursive libraries behind the handlers cannot take, refused with a
 * 400 before any guard or handler sees it:
 * - the NUL character (U+0000), which PostgreSQL refuses in text (SQLSTATE 22021), in any string or
 *   key of the body, the query string, the JSON inside query parameters, path parameters and
 *   multipart fields and file names;
 * - JSON nested deeper than {@link MAX_JSON_DEPTH} levels, measured on the raw text before it is parsed
 *   (the body, and JSON-looking query parameters such as `filter`, `sort` and `range`): class-transformer
 *   and class-validator walk values recursively and overflow the stack on deep input.
 */

/** Deepest nesting of arrays and objects accepted in JSON input; react-admin's lists need 3. */
export const MAX_JSON_DEPTH = 32;

export const NUL_MESSAGE = 'No se admite el carácter nulo (U+0000)';
export const DEEP_MESSAGE = `Los datos están anidados a más de ${MAX_JSON_DEPTH} niveles`;

const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * Whether JSON text nests arrays and objects deeper than `max`, in one pass over the raw text
 * without parsing it (brackets inside strings do not count). Works on a Buffer of UTF-8 (whose
 * multi-byte sequences never contain ASCII bytes) or on a string.
 */
export function jsonTooDeep(text: Buffer | string, max = MAX_JSON_DEPTH): boolean {
  const isBuffer = typeof text !== 'string';
  const length = text.length;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < length; i++) {
    const c = isBuffer ? (text as Buffer)[i] : (text as string).charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) {
      inString = true;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (++depth > max) return true;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      depth--;
    }
  }
  return false;
}

export type Hostile = { kind: 'nul' | 'deep'; path: string };

/**
 * The first place in a parsed value (walked iteratively, never recursively) holding a NUL in a key or
 * a string, or nesting deeper than `max`; `path` joins keys with dots (`items.0.question`).
 */
export function findHostile(value: unknown, prefix = '', max = MAX_JSON_DEPTH): Hostile | undefined {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: prefix, depth: 0 }];
  while (stack.length) {
    const { value: current, path, depth } = stack.pop()!;
    if (typeof current === 'string') {
      if (current.includes('\u0000')) return { kind: 'nul', path };
      continue;
    }
    if (current === null || typeof current !== 'object' || Buffer.isBuffer(current)) continue;
    if (depth >= max) return { kind: 'deep', path };
    for (const key of Object.keys(current)) {
      const child = path ? `${path}.${key}` : key;
      if (key.includes('\u0000')) return { kind: 'nul', path: child.replace(/\u0000/g, '\\u0000') };
      stack.push({ value: (current as Record<string, unknown>)[key], path: child, depth: depth + 1 });
    }
  }
  return undefined;
}

/** The 400 for a hostile value at `path` (`''` for the body as a whole). */
export function hostileError({ kind, path }: Hostile, field = path): BadRequestException {
  const message = kind === 'nul' ? NUL_MESSAGE : DEEP_MESSAGE;
  const name = field || 'body';
  return new BadRequestException({ statusCode: 400, message: kind === 'nul' ? 'Hay datos por corregir' : message, errors: { [name]: message } });
}

/** body-parser's `verify` hook for JSON: refuses over-deep text before it is parsed. */
export function verifyJsonDepth(_req: unknown, _res: unknown, body: Buffer): void {
  if (jsonTooDeep(body)) throw hostileError({ kind: 'deep', path: '' });
}

const looksLikeJson = (s: string) => /^\s*[[{]/.test(s);

/** The first hostile value of a query string (parsed by Express), JSON-looking parameters included. */
export function findHostileInQuery(query: Record<string, unknown>): Hostile | undefined {
  for (const key of Object.keys(query)) {
    const raw = query[key];
    const found = findHostile(raw, key);
    if (found) return found;
    for (const text of Array.isArray(raw) ? raw : [raw]) {
      if (typeof text !== 'string' || !looksLikeJson(text)) continue;
      if (jsonTooDeep(text)) return { kind: 'deep', path: key };
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        continue; // malformed JSON is the list's own 400
      }
      const inside = findHostile(parsed, key);
      if (inside) return inside;
    }
  }
  return undefined;
}

/**
 * Express middleware, after the body parsers and before routing: a NUL or over-deep value in the
 * query string or the parsed body is a 400 naming where it is. Guards (the login's included) run
 * after it.
 */
export function rejectHostileInput(req: Request, _res: Response, next: NextFunction): void {
  const found = findHostileInQuery((req.query ?? {}) as Record<string, unknown>) ?? findHostile(req.body);
  next(found ? hostileError(found) : undefined);
}

/**
 * What a route parameter brings in after routing (path parameters, multipart fields, uploaded
 * files): checked by the global validation pipe, which knows each parameter's name.
 */
export function findHostileArgument(value: unknown, type: string, name: string | undefined): Hostile | undefined {
  if (type === 'param') return typeof value === 'string' && value.includes('\u0000') ? { kind: 'nul', path: name ?? 'ruta' } : undefined;
  if (type === 'body' || type === 'query') return findHostile(value, name ?? '');
  // Uploaded files come through custom decorators: only their names and field names are text.
  const files = Array.isArray(value) ? value : [value];
  for (const file of files) {
    if (!isUploadedFile(file)) continue;
    if (file.originalname.includes('\u0000')) return { kind: 'nul', path: file.fieldname || 'file' };
    if (file.fieldname.includes('\u0000')) return { kind: 'nul', path: 'file' };
  }
  return undefined;
}

function isUploadedFile(value: unknown): value is { originalname: string; fieldname: string } {
  return typeof (value as { originalname?: unknown })?.originalname === 'string' && typeof (value as { fieldname?: unknown })?.fieldname === 'string';
}
