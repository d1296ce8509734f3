import type { ReactNode } from 'react';
import { Alert, Card, CardContent, CircularProgress, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

export const DashboardCard = ({
    title,
    isPending,
    error,
    empty,
    children,
    testId,
}: {
    title: string;
    isPending?: boolean;
    error?: unknown;
    empty?: boolean;
    children: ReactNode;
    testId?: string;
}) => {
    const translate = useTranslate();
    const id = `card-${title.replace(/[^a-z0-9]+/gi, '-')}`;
    return (
        <Card component="section" aria-labelledby={id} data-testid={testId} sx={{ height: '100%' }}>
            <CardContent>
                <Typography id={id} variant="h6" component="h2" gutterBottom>
                    {translate(title)}
                </Typography>
                {isPending ? (
                    <CircularProgress size={28} />
                ) : error ? (
                    <Alert severity="error">{translate('csa.errors.load')}</Alert>
                ) : empty ? (
                    <Typography color="text.secondary">{translate('csa.dashboard.no_data')}</Typography>
                ) : (
                    children
                )}
            </CardContent>
        </Card>
    );
};
