import type { ReactNode } from 'react';
import { AdminContext, type DataProvider } from 'react-admin';
import { i18nProvider } from '../i18n';
import { theme } from '../theme';

/** react-admin context (Spanish, institutional theme) for component tests. */
export const TestApp = ({ children, dataProvider }: { children: ReactNode; dataProvider?: DataProvider }) => (
    <AdminContext i18nProvider={i18nProvider} dataProvider={dataProvider} theme={theme}>
        {children}
    </AdminContext>
);
