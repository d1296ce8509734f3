import { randomInt } from 'node:crypto';

/** No 0/O, 1/I/L: a folio read over the phone is not misheard. 31 symbols, 12 of them: ~59 bits. */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A random, unguessable folio such as `BZ-7K4Q-9XPA-M2TD`. */
export function newFolio(): string {
  const group = () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return `BZ-${group()}-${group()}-${group()}`;
}

export const FOLIO_PATTERN = /^BZ-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/;
