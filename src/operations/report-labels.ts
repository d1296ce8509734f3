export const GOVERNMENT_LEVELS_FOR_REPORTS = ['municipal', 'state', 'federal', 'auxiliary', 'autonomous', 'private'] as const;

export const LEVEL_LABELS: Record<string, string> = {
  municipal: 'Municipal', state: 'Estatal', federal: 'Federal', auxiliary: 'Organismo auxiliar', autonomous: 'Organismo autónomo', private: 'Particular',
};

export const GROUP_LABELS: Record<string, string> = {
  year: 'Año', month: 'Mes', building: 'Inmueble', agency: 'Unidad usuaria', level: 'Orden de gobierno',
};
