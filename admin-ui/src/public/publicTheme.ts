import { createTheme } from '@mui/material/styles';

/** The institutional palette (as in ../theme.ts, without react-admin), AA contrast. */
export const publicTheme = createTheme({
    palette: {
        primary: { main: '#8A2036', dark: '#6E1A2D', contrastText: '#FFFFFF' },
        secondary: { main: '#8C6A3A', contrastText: '#FFFFFF' },
        text: { primary: '#2B2B2B', secondary: '#545454' },
        background: { default: '#F5F5F4', paper: '#FFFFFF' },
    },
    typography: { fontFamily: 'Roboto, "Segoe UI", Arial, sans-serif' },
    components: {
        MuiButtonBase: { defaultProps: { disableRipple: false } },
        MuiLink: { defaultProps: { underline: 'always' } },
    },
});
