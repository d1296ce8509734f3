import { Chip } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';

/** Colours with AA contrast for white or dark text. */
const severityColors: Record<string, { bg: string; fg: string }> = {
    low: { bg: '#E0E0E0', fg: '#2B2B2B' },
    medium: { bg: '#F2C14E', fg: '#2B2B2B' },
    high: { bg: '#8F5500', fg: '#FFFFFF' },
    critical: { bg: '#B71C1C', fg: '#FFFFFF' },
};

const statusColors: Record<string, { bg: string; fg: string }> = {
    // inspections
    planned: { bg: '#E0E0E0', fg: '#2B2B2B' },
    in_progress: { bg: '#1565C0', fg: '#FFFFFF' },
    signed: { bg: '#2E7D32', fg: '#FFFFFF' },
    // plans
    draft: { bg: '#E0E0E0', fg: '#2B2B2B' },
    approved: { bg: '#2E7D32', fg: '#FFFFFF' },
    // findings
    open: { bg: '#8A2036', fg: '#FFFFFF' },
    answered: { bg: '#6A1B9A', fg: '#FFFFFF' },
    verified: { bg: '#2E7D32', fg: '#FFFFFF' },
    overdue: { bg: '#B71C1C', fg: '#FFFFFF' },
    waived: { bg: '#545454', fg: '#FFFFFF' },
};

const outcomeColors: Record<string, { bg: string; fg: string }> = {
    complies: { bg: '#2E7D32', fg: '#FFFFFF' },
    fails: { bg: '#B71C1C', fg: '#FFFFFF' },
    not_applicable: { bg: '#545454', fg: '#FFFFFF' },
};

const ColorChip = ({ label, colors }: { label: string; colors?: { bg: string; fg: string } }) => (
    <Chip
        size="small"
        label={label}
        sx={{ backgroundColor: colors?.bg ?? '#E0E0E0', color: colors?.fg ?? '#2B2B2B', fontWeight: 600 }}
    />
);

export const SeverityChip = ({ severity }: { severity?: string | null }) => {
    const translate = useTranslate();
    if (!severity) return null;
    return <ColorChip label={translate(`csa.compliance.severity.${severity}`)} colors={severityColors[severity]} />;
};

/** `kind`: inspection_status, plan_status or finding_status. */
export const StatusChip = ({ status, kind }: { status?: string | null; kind: string }) => {
    const translate = useTranslate();
    if (!status) return null;
    return <ColorChip label={translate(`csa.compliance.${kind}.${status}`)} colors={statusColors[status]} />;
};

export const OutcomeChip = ({ outcome }: { outcome?: string | null }) => {
    const translate = useTranslate();
    if (!outcome) return null;
    return <ColorChip label={translate(`csa.compliance.outcome.${outcome}`)} colors={outcomeColors[outcome]} />;
};

export const SeverityField = (_props: Partial<FieldProps>) => {
    const record = useRecordContext<{ severity?: string }>();
    return <SeverityChip severity={record?.severity} />;
};

export const StatusField = ({ kind }: Partial<FieldProps> & { kind: string }) => {
    const record = useRecordContext<{ status?: string }>();
    return <StatusChip status={record?.status} kind={kind} />;
};

/** "Texto ilustrativo": a plausible reconstruction, not the official text. */
export const IllustrativeField = (_props: Partial<FieldProps>) => {
    const record = useRecordContext<{ illustrative?: boolean }>();
    const translate = useTranslate();
    if (!record?.illustrative) return null;
    return (
        <Chip
            size="small"
            variant="outlined"
            label={translate('csa.compliance.illustrative')}
            title={translate('csa.compliance.illustrative_help')}
            sx={{ borderColor: '#8C6A3A', color: '#6B4F22', fontWeight: 600 }}
        />
    );
};

export const InForceField = (_props: Partial<FieldProps>) => {
    const record = useRecordContext<{ inForce?: boolean }>();
    const translate = useTranslate();
    if (record?.inForce === undefined) return null;
    return (
        <ColorChip
            label={translate(record.inForce ? 'csa.compliance.in_force' : 'csa.compliance.not_in_force')}
            colors={record.inForce ? { bg: '#2E7D32', fg: '#FFFFFF' } : { bg: '#545454', fg: '#FFFFFF' }}
        />
    );
};
