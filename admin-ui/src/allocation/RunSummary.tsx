import { Alert, AlertTitle, Box, List, ListItem, Paper, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { AllocationRun } from '../common/costs';
import { formatMoney, formatPeriod } from '../common/format';

const Figure = ({ label, value, testId }: { label: string; value: string; testId?: string }) => (
    <Paper variant="outlined" sx={{ p: 1.5, minWidth: 180 }} data-testid={testId}>
        <Typography variant="body2" color="text.secondary">
            {label}
        </Typography>
        <Typography variant="h6" component="p">
            {value}
        </Typography>
    </Paper>
);

/** Totals and warnings of an allocation run (or of its preview). */
export const RunSummary = ({ run, buildingLabel }: { run: AllocationRun; buildingLabel: string }) => {
    const translate = useTranslate();
    return (
        <Box component="section" aria-label={translate(run.dryRun ? 'csa.allocation.preview_title' : 'csa.allocation.result_title')}>
            <Alert severity={run.dryRun ? 'info' : 'success'} sx={{ mb: 2 }} data-testid={run.dryRun ? 'allocation-preview' : 'allocation-result'}>
                {translate(run.dryRun ? 'csa.allocation.preview_done' : 'csa.allocation.run_done', {
                    period: formatPeriod(run.period),
                    building: buildingLabel,
                })}
            </Alert>
            <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mb: 2 }}>
                <Figure label={translate('csa.allocation.bills')} value={String(run.bills)} />
                <Figure label={translate('csa.allocation.charges')} value={String(run.charges)} />
                <Figure label={translate('csa.allocation.total')} value={formatMoney(run.totalAmount)} testId="allocation-total" />
                <Figure label={translate('csa.allocation.vacancy')} value={formatMoney(run.vacancyAmount)} />
            </Box>
            {run.warnings.length > 0 ? (
                <Alert severity="warning" variant="outlined" sx={{ mb: 2 }} data-testid="allocation-warnings">
                    <AlertTitle>{translate('csa.allocation.warnings', { smart_count: run.warnings.length })}</AlertTitle>
                    <List dense disablePadding sx={{ listStyle: 'disc', pl: 2 }}>
                        {run.warnings.map((w, i) => (
                            <ListItem key={i} disableGutters sx={{ display: 'list-item', py: 0 }}>
                                {w.message}
                            </ListItem>
                        ))}
                    </List>
                </Alert>
            ) : (
                <Typography variant="body2" sx={{ mb: 2 }}>
                    {translate('csa.allocation.no_warnings')}
                </Typography>
            )}
        </Box>
    );
};
