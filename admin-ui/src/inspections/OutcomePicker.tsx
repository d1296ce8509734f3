import { Box, ToggleButton, ToggleButtonGroup } from '@mui/material';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import CancelIcon from '@mui/icons-material/Cancel';
import DoNotDisturbOnIcon from '@mui/icons-material/DoNotDisturbOn';
import { useTranslate } from 'react-admin';
import type { Outcome } from '../compliance/types';

const visuallyHidden = {
    position: 'absolute',
    width: 1,
    height: 1,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
} as const;

const OPTIONS: { value: Outcome; icon: React.ReactElement; color: string }[] = [
    { value: 'complies', icon: <CheckCircleIcon />, color: '#2E7D32' },
    { value: 'fails', icon: <CancelIcon />, color: '#B71C1C' },
    { value: 'not_applicable', icon: <DoNotDisturbOnIcon />, color: '#545454' },
];

/**
 * Cumple / No cumple / No aplica as three large toggle buttons (at least 48 px high, 64 in
 * the one-item view) that a finger can hit on a tablet. `label` names the group for screen readers.
 */
export const OutcomePicker = ({
    value,
    onChange,
    label,
    disabled = false,
    compact = false,
}: {
    value?: Outcome | null;
    onChange: (value: Outcome) => void;
    label: string;
    disabled?: boolean;
    compact?: boolean;
}) => {
    const translate = useTranslate();
    return (
        <ToggleButtonGroup
            exclusive
            value={value ?? null}
            onChange={(_e, next: Outcome | null) => {
                if (next) onChange(next);
            }}
            aria-label={label}
            disabled={disabled}
            sx={{ flexWrap: compact ? 'nowrap' : 'wrap' }}
        >
            {OPTIONS.map(o => (
                <ToggleButton
                    key={o.value}
                    value={o.value}
                    title={compact ? translate(`csa.compliance.outcome.${o.value}`) : undefined}
                    sx={{
                        minHeight: compact ? 48 : 64,
                        minWidth: compact ? 52 : 150,
                        px: compact ? 1.5 : 2.5,
                        gap: 1,
                        fontSize: compact ? '0.875rem' : '1.05rem',
                        fontWeight: 600,
                        color: 'text.primary',
                        '&.Mui-selected, &.Mui-selected:hover': { backgroundColor: o.color, color: '#FFFFFF' },
                    }}
                >
                    {o.icon}
                    {compact ? (
                        <Box component="span" sx={visuallyHidden}>
                            {translate(`csa.compliance.outcome.${o.value}`)}
                        </Box>
                    ) : (
                        translate(`csa.compliance.outcome.${o.value}`)
                    )}
                </ToggleButton>
            ))}
        </ToggleButtonGroup>
    );
};
