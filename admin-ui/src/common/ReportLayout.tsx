import type { ReactNode } from 'react';
import { Title, useTranslate } from 'react-admin';
import { Alert, Box, Button, Card, CardContent, CircularProgress, Paper, Typography } from '@mui/material';
import type { CSSObject } from '@mui/material/styles';
import DownloadIcon from '@mui/icons-material/Download';

/** A report page: the window title, the heading and an optional introduction, then the page. */
export const ReportPage = ({
    titleKey,
    introKey,
    sx,
    children,
}: {
    titleKey: string;
    introKey?: string;
    /** Extra styles of the page's box. */
    sx?: CSSObject;
    children: ReactNode;
}) => {
    const translate = useTranslate();
    return (
        <Box sx={{ mt: 1, mb: 4, ...sx }}>
            <Title title={translate(titleKey)} />
            <Typography variant="h5" component="h2" sx={{ my: 1 }}>
                {translate(titleKey)}
            </Typography>
            {introKey ? <Typography sx={{ mb: 2, maxWidth: 900 }}>{translate(introKey)}</Typography> : null}
            {children}
        </Box>
    );
};

/** The card of a report's options (range, grouping, filters, exports); a named section when `label` is given. */
export const ReportOptions = ({ label, children }: { label?: string; children: ReactNode }) => (
    <Card variant="outlined" {...(label ? { component: 'section', 'aria-label': label } : {})} sx={{ mb: 2 }}>
        <CardContent sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>{children}</CardContent>
    </Card>
);

/** The report's load error and spinner, announced politely. */
export const ReportStatus = ({ error, loading }: { error: string | null; loading: boolean }) => (
    <Box aria-live="polite">
        {error ? (
            <Alert severity="error" role="alert" sx={{ mb: 2 }}>
                {error}
            </Alert>
        ) : null}
        {loading ? <CircularProgress size={28} /> : null}
    </Box>
);

/** One headline figure of a report (a total, a score). */
export const ReportFigure = ({
    label,
    children,
    testId,
    minWidth = 200,
}: {
    label: string;
    children: ReactNode;
    testId?: string;
    minWidth?: number;
}) => (
    <Paper variant="outlined" sx={{ p: 1.5, minWidth, flex: `1 1 ${minWidth}px` }}>
        <Typography variant="body2" color="text.secondary">
            {label}
        </Typography>
        <Typography variant="h6" component="p" data-testid={testId}>
            {children}
        </Typography>
    </Paper>
);

/** "Exportar a Excel" / "Exportar CSV", with a spinner while the file downloads. */
export const ExportButton = ({
    format,
    busy,
    disabled,
    onClick,
}: {
    format: 'xlsx' | 'csv';
    busy: boolean;
    disabled: boolean;
    onClick: () => void;
}) => {
    const translate = useTranslate();
    return (
        <Button variant="outlined" startIcon={busy ? <CircularProgress size={18} /> : <DownloadIcon />} disabled={disabled} onClick={onClick}>
            {translate(`csa.savings.export_${format}`)}
        </Button>
    );
};
