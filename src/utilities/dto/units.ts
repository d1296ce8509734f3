export const UNITS = ['kWh', 'm3'] as const;
export type Unit = (typeof UNITS)[number];
