import { invalid } from '../common/validation';

export type FileKind = 'image/jpeg' | 'image/png' | 'image/webp' | 'image/heic' | 'application/pdf';

export const PHOTO_TYPES: readonly FileKind[] = ['image/jpeg', 'image/png', 'image/webp', 'image/heic'];
export const EVIDENCE_TYPES: readonly FileKind[] = ['application/pdf', 'image/jpeg', 'image/png', 'image/webp', 'image/heic'];

const HEIF_BRANDS = ['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1'];

/** The type of a file by its first bytes (its "magic number"), whatever its name or declared type say. */
export function detectType(body: Buffer): FileKind | undefined {
  if (body.length >= 3 && body[0] === 0xff && body[1] === 0xd8 && body[2] === 0xff) return 'image/jpeg';
  if (body.length >= 8 && body.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (body.length >= 12 && body.toString('latin1', 0, 4) === 'RIFF' && body.toString('latin1', 8, 12) === 'WEBP') return 'image/webp';
  if (body.length >= 12 && body.toString('latin1', 4, 8) === 'ftyp' && HEIF_BRANDS.includes(body.toString('latin1', 8, 12))) return 'image/heic';
  if (body.length >= 5 && body.toString('latin1', 0, 5) === '%PDF-') return 'application/pdf';
  return undefined;
}

const TYPE_NAMES: Record<FileKind, string> = {
  'image/jpeg': 'JPEG', 'image/png': 'PNG', 'image/webp': 'WebP', 'image/heic': 'HEIC', 'application/pdf': 'PDF',
};

/**
 * The checks every upload passes: a plain file name (a name with a path is refused, never
 * trimmed), content of an accepted type, not empty. Returns the detected type.
 */
export function checkUpload(field: string, file: { originalname: string; buffer: Buffer } | undefined, accepted: readonly FileKind[]): FileKind {
  if (!file) throw invalid({ [field]: 'Adjunte el archivo en un formulario multipart/form-data' });
  const name = file.originalname ?? '';
  if (!name.trim() || name.length > 255) throw invalid({ [field]: 'El nombre del archivo debe tener de 1 a 255 caracteres' });
  if (/[/\\]/.test(name) || name.includes('..') || /[\u0000-\u001f]/.test(name)) {
    throw invalid({ [field]: 'El nombre del archivo no puede incluir rutas ni carpetas («/», «\\», «..»)' });
  }
  if (!file.buffer?.length) throw invalid({ [field]: 'El archivo está vacío' });
  const kind = detectType(file.buffer);
  if (!kind || !accepted.includes(kind)) {
    throw invalid({ [field]: `Tipo de archivo no admitido: se aceptan ${accepted.map((k) => TYPE_NAMES[k]).join(', ')} (se revisa el contenido, no sólo la extensión)` });
  }
  return kind;
}

/** A name safe for a Content-Disposition header (ASCII, no quotes). */
export function dispositionName(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9._-]+/g, '_') || 'archivo';
}
