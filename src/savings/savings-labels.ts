import { monthLabel } from '../statements/es-mx';
import type { SavingsGroup } from './dto/savings.dto';

export const DGRM_KEY = 'dgrm';
export const DGRM_LABEL = 'DGRM (espacio vacante)';

export const LEVEL_LABELS: Record<string, string> = {
  state: 'Estatal',
  federal: 'Federal',
  municipal: 'Municipal',
  auxiliary: 'Organismo auxiliar',
  autonomous: 'Organismo autónomo',
  private: 'Particular',
};

export const GROUP_LABELS: Record<SavingsGroup, string> = {
  year: 'Año',
  month: 'Mes',
  building: 'Inmueble',
  level: 'Orden de gobierno',
  agency: 'Unidad usuaria',
};

/** The Spanish label of a row: a month name, a level, the DGRM's vacancy row; else what SQL built. */
export function rowLabel(groupBy: SavingsGroup, key: string, sqlLabel: string | null): string {
  if (key === DGRM_KEY && (groupBy === 'agency' || groupBy === 'level')) return DGRM_LABEL;
  if (groupBy === 'month') return monthLabel(key);
  if (groupBy === 'level') return LEVEL_LABELS[key] ?? key;
  return sqlLabel ?? key;
}
