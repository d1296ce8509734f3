/**
 * Why a suggestion's text looks like spam or abuse, in words the citizen understands; undefined
 * when it looks like a genuine message. Deliberately simple and predictable rules.
 */
const LINK = /(https?:\/\/|www\.|\b[a-z0-9-]+\.(com|net|org|info|biz|xyz|ru|top|io|ly|me|mx|gob\.mx)\b|\[url|<a\s)/i;
const REPEATED_CHARACTER = /(.)\1{6,}/u;
const REPEATED_WORD = /\b(\p{L}{2,})\b(?:\W+\1\b){4,}/iu;
const BANNED = [
  'viagra', 'cialis', 'casino', 'apuestas en linea', 'bitcoin', 'criptomoneda', 'forex', 'gana dinero', 'dinero facil',
  'prestamo inmediato', 'seguidores gratis', 'xxx', 'porno', 'click aqui', 'haz clic aqui', 'sorteo gratis',
];

const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

export function spamReason(text: string): string | undefined {
  if (LINK.test(text)) return 'No incluya enlaces ni direcciones de páginas web en su comentario';
  if (REPEATED_CHARACTER.test(text)) return 'El texto repite muchas veces el mismo carácter';
  if (REPEATED_WORD.test(text)) return 'El texto repite muchas veces la misma palabra';
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 20 && letters.replace(/[^\p{Lu}]/gu, '').length / letters.length > 0.8) {
    return 'Escriba su comentario sin usar sólo mayúsculas';
  }
  if (letters.length < 5) return 'Escriba su comentario con palabras';
  const folded = fold(text);
  if (BANNED.some((word) => new RegExp(`\\b${word}\\b`).test(folded))) return 'El comentario contiene palabras no permitidas en el buzón';
  return undefined;
}
