import { Chip, Typography } from '@mui/material';
import { useFieldValue, useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { formatPeriod, formatQuantity } from './format';

type SimpleFieldProps = FieldProps & { source: string };

const Text = ({ value }: { value: string }) => (
    <Typography component="span" variant="body2">
        {value}
    </Typography>
);

/** A 'YYYY-MM' period shown as its month: 'octubre 2026'. */
export const PeriodField = (props: SimpleFieldProps) => {
    const value = useFieldValue(props) as string | undefined;
    return <Text value={formatPeriod(value)} />;
};

/** An exact decimal quantity (basis quantity, denominator, rate) with es-MX grouping. */
export const QuantityField = (props: SimpleFieldProps & { digits?: number }) => {
    const value = useFieldValue(props) as string | number | undefined;
    return <Text value={formatQuantity(value, props.digits ?? 4)} />;
};

const periodColors = {
    open: { bg: '#2E7D32', fg: '#FFFFFF' },
    closed: { bg: '#545454', fg: '#FFFFFF' },
} as const;

export const PeriodStatusChip = ({ status }: { status?: 'open' | 'closed' | null }) => {
    const translate = useTranslate();
    if (!status) return null;
    const c = periodColors[status] ?? periodColors.closed;
    return (
        <Chip
            size="small"
            label={translate(`csa.period_status.${status}`)}
            sx={{ backgroundColor: c.bg, color: c.fg, fontWeight: 600 }}
        />
    );
};

/** The status of a period (or of a bill's period: `periodStatus`). */
export const PeriodStatusField = ({ source = 'status' }: Partial<SimpleFieldProps>) => {
    const record = useRecordContext<Record<string, unknown>>();
    return <PeriodStatusChip status={record?.[source] as 'open' | 'closed' | undefined} />;
};

/** Who pays a charge: the tenant's acronym, or the DGRM for vacancy and exemptions. */
export const PayerField = (_props: Partial<FieldProps>) => {
    const record = useRecordContext<{ payer?: string; agencyAcronym?: string | null }>();
    const translate = useTranslate();
    if (!record) return null;
    if (record.payer === 'vacancy') return <Text value={translate('csa.matrix.vacancy')} />;
    if (record.payer === 'exempt')
        return <Text value={translate('csa.matrix.exempt', { acronym: record.agencyAcronym ?? '' })} />;
    return <Text value={record.agencyAcronym ?? ''} />;
};

/** Consumption with its unit: '21,171 kWh'. */
export const ConsumptionField = (_props: Partial<FieldProps>) => {
    const record = useRecordContext<{ consumption?: number | string | null; unit?: string | null }>();
    if (record?.consumption === null || record?.consumption === undefined || record.consumption === '') return null;
    const unit = record.unit === 'm3' ? 'm³' : (record.unit ?? '');
    return <Text value={`${formatQuantity(record.consumption, 2)} ${unit}`.trim()} />;
};
