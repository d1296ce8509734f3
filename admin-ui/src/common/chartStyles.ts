import { palette } from '../theme';

/**
 * Recharts writes each tooltip line in its series colour, which on the white tooltip is
 * below 4.5:1 for the lighter ones (ocre #BC955C: 2.8:1); the lines are dark text instead
 * (the series stay told apart by name and by the legend).
 */
export const TOOLTIP_ITEM_STYLE = { color: palette.grey900 } as const;
