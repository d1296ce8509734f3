import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import * as spanish from '@zxcvbn-ts/language-es-es';
import { DEMO_USERS } from '../demo/demo-catalog';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;
/**
 * zxcvbn's top score, "very unguessable" (10^10 guesses and up): at 3 (10^8) two of the owner's
 * names joined by a hyphen still pass. Three uncommon words and a number reach it.
 */
const MIN_SCORE = 4;

/** Words that anyone attacking this product would try first. */
const PRODUCT_WORDS = ['csa', 'dgrm', 'edomex', 'gobierno', 'estado', 'mexico', 'toluca', 'centro', 'servicios', 'administrativos', 'contraseña', 'password'];

let estimator: ZxcvbnFactory | undefined;
// Built on first use: the dictionaries take a moment to load and most processes never need them.
const estimate = () =>
  (estimator ??= new ZxcvbnFactory({
    translations: spanish.translations,
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...spanish.dictionary, ...english.dictionary },
  }));

const withoutAccents = (word: string) => word.normalize('NFD').replace(/\p{Diacritic}/gu, '');

export interface PasswordOwner {
  username: string;
  fullName?: string | null;
  email?: string | null;
}

/** Why a password may not be used by its owner, in Spanish; null when it may. */
export function passwordProblem(password: string, owner: PasswordOwner): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `Use al menos ${PASSWORD_MIN_LENGTH} caracteres`;
  if (password.length > PASSWORD_MAX_LENGTH) return `Use a lo más ${PASSWORD_MAX_LENGTH} caracteres`;
  const lower = password.toLowerCase();
  if (lower.includes(owner.username.toLowerCase())) return 'La contraseña no puede contener el nombre de usuario';
  const mailbox = owner.email?.split('@')[0]?.toLowerCase() ?? '';
  if (mailbox.length >= 4 && lower.includes(mailbox)) return 'La contraseña no puede contener el correo electrónico';
  const personal = [owner.username, owner.email ?? '', ...(owner.fullName ?? '').split(/\s+/), ...(owner.email ?? '').split(/[@.]/)]
    .filter((w) => w.length >= 3)
    .map((w) => w.toLowerCase());
  const inputs = [...personal, ...personal.map(withoutAccents), ...PRODUCT_WORDS, ...DEMO_USERS.flatMap((u) => [u.username, u.password])];
  const result = estimate().check(password, inputs);
  if (result.score >= MIN_SCORE) return null;
  const why = result.feedback.warning ? ` (${result.feedback.warning.replace(/\.$/, '')})` : '';
  return `La contraseña es fácil de adivinar${why}: combine varias palabras poco comunes, números o signos`;
}
