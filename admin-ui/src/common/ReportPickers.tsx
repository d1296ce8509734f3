import { MenuItem, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useBuildings } from '../operations/useBuildings';
import { PERIOD_RE } from './costs';

/** Whether `from` and `to` are months (YYYY-MM) in order. */
export const isMonthRange = (from: string, to: string) => PERIOD_RE.test(from) && PERIOD_RE.test(to) && from <= to;

/** The "Desde" and "Hasta" month fields of a report (ids `<idPrefix>-from` and `<idPrefix>-to`). */
export const MonthRangeFields = ({
    idPrefix,
    from,
    to,
    onFromChange,
    onToChange,
}: {
    idPrefix: string;
    from: string;
    to: string;
    onFromChange: (from: string) => void;
    onToChange: (to: string) => void;
}) => {
    const translate = useTranslate();
    return (
        <>
            <TextField fullWidth={false} id={`${idPrefix}-from`} type="month" label={translate('csa.savings.from')} value={from} onChange={e => onFromChange(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
            <TextField fullWidth={false} id={`${idPrefix}-to`} type="month" label={translate('csa.savings.to')} value={to} onChange={e => onToChange(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
        </>
    );
};

/** A select of how to group a report ("Agrupar por" unless `labelKey` says otherwise). */
export const GroupBySelect = <G extends string>({
    id,
    groups,
    value,
    onChange,
    optionKey,
    labelKey = 'csa.attendance.group_by',
    minWidth = 200,
}: {
    id: string;
    groups: readonly G[];
    value: G;
    onChange: (group: G) => void;
    /** The i18n key of a group's name. */
    optionKey: (group: G) => string;
    labelKey?: string;
    minWidth?: number;
}) => {
    const translate = useTranslate();
    return (
        <TextField fullWidth={false} id={id} select label={translate(labelKey)} value={value} onChange={e => onChange(e.target.value as G)} sx={{ minWidth }}>
            {groups.map(g => (
                <MenuItem key={g} value={g}>
                    {translate(optionKey(g))}
                </MenuItem>
            ))}
        </TextField>
    );
};

/** "Inmueble": all of them ('') or one, by code (and name with `withName`). */
export const BuildingSelect = ({
    id,
    value,
    onChange,
    withName = false,
    minWidth,
}: {
    id: string;
    value: string;
    onChange: (buildingId: string) => void;
    withName?: boolean;
    minWidth: number;
}) => {
    const translate = useTranslate();
    const buildings = useBuildings();
    return (
        <TextField fullWidth={false} id={id} select label={translate('csa.indicator.building')} value={value} onChange={e => onChange(e.target.value)} sx={{ minWidth }}>
            <MenuItem value="">{translate('csa.indicator.all_buildings')}</MenuItem>
            {buildings.map(b => (
                <MenuItem key={String(b.id)} value={String(b.id)}>
                    {withName ? (
                        <>
                            {b.code} · {b.name}
                        </>
                    ) : (
                        b.code
                    )}
                </MenuItem>
            ))}
        </TextField>
    );
};

/** Whether `year` is a whole year between `min` and `max`. */
export const isYearBetween = (year: number, min: number, max: number) => Number.isInteger(year) && year >= min && year <= max;

/** "Año": a number field limited to `min`–`max`. */
export const YearField = ({
    id,
    value,
    onChange,
    min,
    max,
}: {
    id: string;
    value: number;
    onChange: (year: number) => void;
    min: number;
    max: number;
}) => {
    const translate = useTranslate();
    return (
        <TextField
            id={id}
            type="number"
            label={translate('csa.calendar.year')}
            value={value}
            onChange={e => onChange(Number(e.target.value))}
            fullWidth={false}
            sx={{ width: 120 }}
            slotProps={{ htmlInput: { min, max } }}
        />
    );
};
