import { Chip, Typography } from '@mui/material';
import { useFieldValue, useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import {
    formatArea,
    formatDate,
    formatMoney,
    formatPercent,
    formatTimestamp,
} from './format';
import { stateColors } from '../theme';
import type { SpaceState } from './choices';

type SimpleFieldProps = FieldProps & { source: string };

const Text = ({ value }: { value: string }) => (
    <Typography component="span" variant="body2">
        {value}
    </Typography>
);

/** A 'YYYY-MM-DD' date shown as dd/mm/aaaa, with no timezone shift. */
export const DateOnlyField = (props: SimpleFieldProps) => {
    const value = useFieldValue(props) as string | undefined;
    return <Text value={formatDate(value)} />;
};

/** An ISO timestamp shown in America/Mexico_City. */
export const TimestampField = (props: SimpleFieldProps) => {
    const value = useFieldValue(props) as string | undefined;
    return <Text value={formatTimestamp(value)} />;
};

/** A decimal-string amount in MXN. */
export const MoneyField = (props: SimpleFieldProps) => {
    const value = useFieldValue(props) as string | number | undefined;
    return <Text value={formatMoney(value)} />;
};

export const AreaField = (props: SimpleFieldProps) => {
    const value = useFieldValue(props) as number | undefined;
    return <Text value={formatArea(value)} />;
};

export const PercentField = (props: SimpleFieldProps) => {
    const value = useFieldValue(props) as number | undefined;
    return <Text value={formatPercent(value)} />;
};

export const floorLabel = (translate: (key: string, opts?: object) => string, floor: number) =>
    floor === 0
        ? translate('csa.floor.ground')
        : floor < 0
          ? translate('csa.floor.basement', { n: -floor })
          : translate('csa.floor.upper', { n: floor });

export const FloorField = (props: SimpleFieldProps) => {
    const translate = useTranslate();
    const value = useFieldValue(props) as number | undefined;
    return <Text value={value === undefined || value === null ? '' : floorLabel(translate, value)} />;
};

export const SpaceStateChip = ({ state }: { state?: SpaceState | null }) => {
    const translate = useTranslate();
    if (!state) return null;
    const c = stateColors[state];
    return (
        <Chip
            size="small"
            label={translate(`csa.space_state.${state}`)}
            sx={{ backgroundColor: c.bg, color: c.fg, fontWeight: 600 }}
        />
    );
};

export const SpaceStateField = (_props: FieldProps) => {
    const record = useRecordContext<{ state?: SpaceState }>();
    return <SpaceStateChip state={record?.state} />;
};

const statusColors: Record<string, { bg: string; fg: string }> = {
    draft: { bg: '#E0E0E0', fg: '#2B2B2B' },
    active: { bg: '#2E7D32', fg: '#FFFFFF' },
    expired: { bg: '#8C6A3A', fg: '#FFFFFF' },
    terminated: { bg: '#545454', fg: '#FFFFFF' },
};

export const AgreementStatusField = (_props: FieldProps) => {
    const record = useRecordContext<{ status?: string }>();
    const translate = useTranslate();
    if (!record?.status) return null;
    const c = statusColors[record.status] ?? statusColors.draft;
    return (
        <Chip
            size="small"
            label={translate(`csa.agreement_status.${record.status}`)}
            sx={{ backgroundColor: c.bg, color: c.fg, fontWeight: 600 }}
        />
    );
};
