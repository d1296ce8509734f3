import { useCallback, type ReactNode } from 'react';
import { Layout as RaLayout, useTranslate } from 'react-admin';
import { ThemeProvider, type Theme } from '@mui/material/styles';
import { AppBar } from './AppBar';
import { Menu } from './Menu';

/**
 * Every spinner (ours and react-admin's: the app bar's loading indicator, inputs
 * still loading, save buttons) is named "Cargando" in the user's language unless it
 * says more itself; theme.ts gives the Spanish default outside the layout.
 */
const useNamedSpinners = () => {
    const translate = useTranslate();
    const label = translate('ra.page.loading');
    return useCallback(
        (outer: Theme): Theme => ({
            ...outer,
            components: {
                ...outer.components,
                MuiCircularProgress: {
                    ...outer.components?.MuiCircularProgress,
                    defaultProps: { ...outer.components?.MuiCircularProgress?.defaultProps, 'aria-label': label },
                },
            },
        }),
        [label],
    );
};

export const Layout = ({ children }: { children: ReactNode }) => {
    const namedSpinners = useNamedSpinners();
    return (
        <ThemeProvider theme={namedSpinners}>
            <RaLayout appBar={AppBar} menu={Menu}>
                {children}
            </RaLayout>
        </ThemeProvider>
    );
};
