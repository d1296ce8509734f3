import { expiryColors } from '../theme';

export type ExpiryBand = 30 | 60 | 90;

/** ≤30 days: red; 31–60: amber; 61–90: green. */
export const expiryBand = (days: number | null | undefined): ExpiryBand =>
    days === null || days === undefined || days <= 30 ? 30 : days <= 60 ? 60 : 90;

export const expiryColor = (days: number | null | undefined): string => {
    const band = expiryBand(days);
    return band === 30 ? expiryColors.red : band === 60 ? expiryColors.amber : expiryColors.green;
};
