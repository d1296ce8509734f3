import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
    Alert,
    Box,
    Button,
    Checkbox,
    MenuItem,
    Table,
    TableBody,
    TableCell,
    TableHead,
    TableRow,
    TextField,
    Typography,
} from '@mui/material';
import SearchIcon from '@mui/icons-material/Search';
import { useDataProvider, useTranslate, type Identifier } from 'react-admin';
import { SPACE_TYPES } from '../common/choices';
import { floorLabel } from '../common/fields';
import { addToDate, formatArea, formatDate, todayInMexico } from '../common/format';
import type { FreeSpace } from '../common/types';
import type { CsaDataProvider } from '../dataProvider';

export interface Period {
    from: string;
    to: string;
}

export interface FreeSpaceSearchProps {
    buildingId?: Identifier | null;
    /** Selected spaces, controlled by the parent. */
    selected: FreeSpace[];
    onSelectionChange: (spaces: FreeSpace[]) => void;
    period: Period;
    onPeriodChange: (period: Period) => void;
}

const visuallyHidden = {
    border: 0,
    clip: 'rect(0 0 0 0)',
    height: '1px',
    margin: '-1px',
    overflow: 'hidden',
    padding: 0,
    position: 'absolute',
    whiteSpace: 'nowrap',
    width: '1px',
} as const;

export const defaultPeriod = (today = todayInMexico()): Period => ({
    from: today,
    to: addToDate(today, { years: 1, days: -1 }),
});

const totalArea = (spaces: FreeSpace[]) =>
    spaces.reduce((sum, s) => sum + (Number(s.usableAreaM2) || 0), 0);

/**
 * Step 1 of the assignment: free spaces of a building for a whole period
 * (GET /api/buildings/:id/free-spaces), filtered by type and minimum area,
 * with a checkbox per space.
 */
export const FreeSpaceSearch = ({
    buildingId,
    selected,
    onSelectionChange,
    period,
    onPeriodChange,
}: FreeSpaceSearchProps) => {
    const translate = useTranslate();
    const dataProvider = useDataProvider<CsaDataProvider>();
    const [type, setType] = useState('');
    const [minArea, setMinArea] = useState('');
    const [results, setResults] = useState<FreeSpace[] | null>(null);
    const [searchedPeriod, setSearchedPeriod] = useState<Period | null>(null);
    const [loading, setLoading] = useState(false);
    const [error, setError] = useState<string | null>(null);

    const periodInvalid = !period.from || !period.to || period.to < period.from;

    // A new building invalidates the results and the selection (only a new building: the
    // parent's callback may be a new function on every render).
    const clearSelection = useRef(onSelectionChange);
    clearSelection.current = onSelectionChange;
    useEffect(() => {
        setResults(null);
        clearSelection.current([]);
    }, [buildingId]);

    const search = useCallback(async () => {
        if (!buildingId || periodInvalid) return;
        setLoading(true);
        setError(null);
        try {
            const { data } = await dataProvider.getFreeSpaces(buildingId, {
                from: period.from,
                to: period.to,
                type: type || undefined,
                minArea: minArea === '' ? undefined : minArea,
            });
            setResults(data);
            setSearchedPeriod(period);
            // Keep only the selected spaces that are still free for the new criteria.
            const ids = new Set(data.map(s => s.id));
            onSelectionChange(selected.filter(s => ids.has(s.id)));
        } catch (e) {
            const err = e as { message?: string; body?: { errors?: Record<string, string> } };
            const details = err.body?.errors ? Object.values(err.body.errors).join(' ') : '';
            setError([err.message, details].filter(Boolean).join(': ') || translate('csa.errors.load'));
            setResults(null);
        } finally {
            setLoading(false);
        }
    }, [buildingId, periodInvalid, dataProvider, period, type, minArea, selected, onSelectionChange, translate]);

    const selectedIds = useMemo(() => new Set(selected.map(s => s.id)), [selected]);
    const toggle = (space: FreeSpace) =>
        onSelectionChange(
            selectedIds.has(space.id) ? selected.filter(s => s.id !== space.id) : [...selected, space],
        );

    return (
        <Box
            component="form"
            role="search"
            aria-label={translate('csa.assign.search')}
            onSubmit={e => {
                e.preventDefault();
                void search();
            }}
        >
            <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'flex-start' }}>
                <TextField
                    id="free-from"
                    fullWidth={false}
                    label={translate('csa.assign.from')}
                    type="date"
                    value={period.from}
                    onChange={e => onPeriodChange({ ...period, from: e.target.value })}
                    slotProps={{ inputLabel: { shrink: true } }}
                    required
                />
                <TextField
                    id="free-to"
                    fullWidth={false}
                    label={translate('csa.assign.to')}
                    type="date"
                    value={period.to}
                    onChange={e => onPeriodChange({ ...period, to: e.target.value })}
                    slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: period.from } }}
                    error={periodInvalid && !!period.to}
                    helperText={periodInvalid && !!period.to ? translate('csa.assign.period_invalid') : ' '}
                    required
                />
                <TextField
                    id="free-type"
                    fullWidth={false}
                    select
                    label={translate('csa.assign.type')}
                    value={type}
                    onChange={e => setType(e.target.value)}
                    sx={{ minWidth: 220 }}
                >
                    <MenuItem value="">{translate('csa.assign.any_type')}</MenuItem>
                    {SPACE_TYPES.map(t => (
                        <MenuItem key={t} value={t}>
                            {translate(`csa.space_type.${t}`)}
                        </MenuItem>
                    ))}
                </TextField>
                <TextField
                    id="free-min-area"
                    fullWidth={false}
                    label={translate('csa.assign.min_area')}
                    type="number"
                    value={minArea}
                    onChange={e => setMinArea(e.target.value)}
                    slotProps={{ htmlInput: { min: 0, step: 1 } }}
                    sx={{ width: 200 }}
                />
                <Button
                    type="submit"
                    variant="contained"
                    startIcon={<SearchIcon />}
                    disabled={!buildingId || periodInvalid || loading}
                    sx={{ mt: 1 }}
                >
                    {translate('csa.assign.search')}
                </Button>
            </Box>
            {!buildingId ? (
                <Typography color="text.secondary" sx={{ mt: 1 }}>
                    {translate('csa.assign.pick_building')}
                </Typography>
            ) : null}
            {error ? (
                <Alert severity="error" sx={{ mt: 2 }}>
                    {error}
                </Alert>
            ) : null}
            {results && searchedPeriod ? (
                <Box sx={{ mt: 2 }}>
                    <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
                        {translate('csa.assign.results', {
                            from: formatDate(searchedPeriod.from),
                            to: formatDate(searchedPeriod.to),
                        })}
                    </Typography>
                    {results.length === 0 ? (
                        <Alert severity="info" sx={{ mt: 1 }} role="status">
                            {translate('csa.assign.no_results')}
                        </Alert>
                    ) : (
                        <Box sx={{ overflowX: 'auto' }}>
                            <Table size="small" aria-label={translate('csa.assign.results_label')}>
                                <TableHead>
                                    <TableRow>
                                        <TableCell padding="checkbox">
                                            <Box component="span" sx={visuallyHidden}>
                                                {translate('csa.assign.select_column')}
                                            </Box>
                                        </TableCell>
                                        <TableCell>{translate('resources.spaces.fields.code')}</TableCell>
                                        <TableCell>{translate('resources.spaces.fields.floor')}</TableCell>
                                        <TableCell>{translate('resources.spaces.fields.type')}</TableCell>
                                        <TableCell align="right">
                                            {translate('resources.spaces.fields.usableAreaM2')}
                                        </TableCell>
                                        <TableCell align="right">
                                            {translate('resources.spaces.fields.workstations')}
                                        </TableCell>
                                    </TableRow>
                                </TableHead>
                                <TableBody>
                                    {results.map(space => {
                                        const checked = selectedIds.has(space.id);
                                        return (
                                            <TableRow
                                                key={space.id}
                                                hover
                                                selected={checked}
                                                onClick={() => toggle(space)}
                                                sx={{ cursor: 'pointer' }}
                                                data-testid={`free-${space.code}`}
                                            >
                                                <TableCell padding="checkbox">
                                                    <Checkbox
                                                        checked={checked}
                                                        onClick={e => e.stopPropagation()}
                                                        onChange={() => toggle(space)}
                                                        slotProps={{
                                                            input: {
                                                                'aria-label': translate('csa.assign.select_space', {
                                                                    code: space.code,
                                                                }),
                                                            },
                                                        }}
                                                    />
                                                </TableCell>
                                                <TableCell>{space.code}</TableCell>
                                                <TableCell>{floorLabel(translate, space.floor)}</TableCell>
                                                <TableCell>{translate(`csa.space_type.${space.type}`)}</TableCell>
                                                <TableCell align="right">{formatArea(space.usableAreaM2)}</TableCell>
                                                <TableCell align="right">{space.workstations ?? ''}</TableCell>
                                            </TableRow>
                                        );
                                    })}
                                </TableBody>
                            </Table>
                        </Box>
                    )}
                </Box>
            ) : null}
            <Typography role="status" aria-live="polite" sx={{ mt: 1, fontWeight: 600 }} data-testid="selection-summary">
                {selected.length > 0
                    ? translate('csa.assign.selected', {
                          smart_count: selected.length,
                          area: formatArea(totalArea(selected)),
                      })
                    : results && results.length > 0
                      ? translate('csa.assign.none_selected')
                      : ''}
            </Typography>
        </Box>
    );
};
