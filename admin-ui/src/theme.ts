import type { KeyboardEvent } from 'react';
import { esES } from '@mui/material/locale';
import { defaultTheme, type RaThemeOptions } from 'react-admin';

/** Institutional palette of the Gobierno del Estado de México. */
export const palette = {
    guinda: '#8A2036',
    guindaDark: '#6E1A2D',
    ocre: '#BC955C',
    ocreDark: '#8C6A3A',
    grey900: '#2B2B2B',
    grey700: '#545454',
    grey300: '#C8C8C8',
    grey100: '#F2F1EF',
};

/** Colours of the space states in the occupancy plan (AA contrast with white/black text). */
export const stateColors = {
    free: { bg: '#2E7D32', fg: '#FFFFFF', border: '#1B5E20' },
    occupied: { bg: '#8A2036', fg: '#FFFFFF', border: '#6E1A2D' },
    maintenance: { bg: '#F2C14E', fg: '#2B2B2B', border: '#B8860B' },
    out_of_service: { bg: '#757575', fg: '#FFFFFF', border: '#424242' },
} as const;

/** Agreements expiring: ≤30 red, ≤60 amber, ≤90 green. */
export const expiryColors = {
    red: '#B71C1C',
    amber: '#8F5500',
    green: '#2E7D32',
} as const;

function openRowOnEnter(event: KeyboardEvent<HTMLTableRowElement>) {
    if (event.key === 'Enter' && event.target === event.currentTarget) event.currentTarget.click();
}

export const theme: RaThemeOptions = {
    ...defaultTheme,
    palette: {
        mode: 'light',
        primary: { main: palette.guinda, dark: palette.guindaDark, contrastText: '#FFFFFF' },
        secondary: { main: palette.ocre, dark: palette.ocreDark, contrastText: '#1F1F1F' },
        background: { default: palette.grey100, paper: '#FFFFFF' },
        text: { primary: palette.grey900, secondary: palette.grey700 },
        error: { main: '#B71C1C' },
        warning: { main: '#8A5300' },
        success: { main: '#2E7D32' },
    },
    shape: { borderRadius: 6 },
    typography: {
        fontFamily: ['Roboto', '"Segoe UI"', 'Arial', 'sans-serif'].join(','),
        fontSize: 15,
        h5: { fontWeight: 600, color: palette.guindaDark },
        h6: { fontWeight: 600 },
    },
    sidebar: { width: 250, closedWidth: 56 },
    components: {
        ...defaultTheme.components,
        // MUI's own texts in Spanish: the autocomplete's «Abrir»/«Borrar»/«Sin opciones», pagination, alerts.
        ...esES.components,
        MuiAppBar: {
            styleOverrides: {
                colorSecondary: {
                    color: '#FFFFFF',
                    backgroundColor: palette.guindaDark,
                    borderBottom: `4px solid ${palette.ocre}`,
                },
            },
        },
        MuiButtonBase: { defaultProps: { disableRipple: false } },
        MuiButton: {
            styleOverrides: { root: { minHeight: 40, textTransform: 'none', fontWeight: 600 } },
        },
        MuiTableCell: { styleOverrides: { root: { paddingTop: 10, paddingBottom: 10 } } },
        MuiLink: { defaultProps: { underline: 'hover' } },
        // A spinner must have a name (axe aria-progressbar-name); the layout translates it.
        MuiCircularProgress: { defaultProps: { 'aria-label': 'Cargando' } },
        // Every list row is a stop for Tab and opens with Enter, as a click on it would.
        RaDataTableRow: {
            defaultProps: { tabIndex: 0, onKeyDown: openRowOnEnter },
            styleOverrides: {
                root: {
                    '&:focus-visible': { outline: `2px solid ${palette.guinda}`, outlineOffset: -2 },
                },
            },
        },
        RaMenuItemLink: {
            styleOverrides: {
                root: {
                    borderLeft: '4px solid transparent',
                    '&.RaMenuItemLink-active': {
                        borderLeft: `4px solid ${palette.ocre}`,
                        color: palette.guindaDark,
                        fontWeight: 600,
                    },
                },
            },
        },
    },
};
