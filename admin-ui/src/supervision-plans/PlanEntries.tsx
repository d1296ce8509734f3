import { Box, Chip, Link, Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatNumber, formatPercent } from '../common/format';
import type { PlanEntry } from '../compliance/types';

export interface BuildingGroup {
    buildingId: PlanEntry['buildingId'];
    buildingCode: string;
    entries: PlanEntry[];
    inspectionId?: PlanEntry['inspectionId'];
}

/** The drawn spaces by building (buildings by code, spaces in draw order). */
export const groupByBuilding = (entries: PlanEntry[]): BuildingGroup[] => {
    const groups = new Map<string, BuildingGroup>();
    for (const entry of entries) {
        const key = String(entry.buildingId);
        let group = groups.get(key);
        if (!group) {
            group = { buildingId: entry.buildingId, buildingCode: entry.buildingCode, entries: [] };
            groups.set(key, group);
        }
        group.entries.push(entry);
        group.inspectionId ??= entry.inspectionId ?? undefined;
    }
    return [...groups.values()].sort((a, b) => a.buildingCode.localeCompare(b.buildingCode, 'es'));
};

/** A probability 0–1 as a percentage ('12.5 %'); tolerant of an API that sends percentages. */
export const formatProbability = (value: number | string | null | undefined) => {
    if (value === null || value === undefined || value === '') return '';
    const n = Number(value);
    if (Number.isNaN(n)) return String(value);
    return formatPercent(n > 1 ? n / 100 : n);
};

/** Each drawn space with its weight, probability and the reasons why it was drawn. */
export const PlanEntries = ({ entries }: { entries: PlanEntry[] }) => {
    const translate = useTranslate();
    const groups = groupByBuilding(entries);
    if (groups.length === 0) {
        return <Typography sx={{ my: 2 }}>{translate('csa.compliance.plan.no_entries')}</Typography>;
    }
    return (
        <Box sx={{ display: 'grid', gap: 2 }}>
            {groups.map(group => {
                const headingId = `plan-building-${group.buildingId}`;
                return (
                    <Paper key={String(group.buildingId)} variant="outlined" component="section" aria-labelledby={headingId} sx={{ p: 2 }}>
                        <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
                            <Typography id={headingId} variant="h6" component="h3">
                                {translate('csa.compliance.plan.building_heading', {
                                    building: group.buildingCode,
                                    smart_count: group.entries.length,
                                })}
                            </Typography>
                            {group.inspectionId ? (
                                <Link href={`#/inspections/${encodeURIComponent(String(group.inspectionId))}/show`}>
                                    {translate('csa.compliance.plan.view_inspection')}
                                </Link>
                            ) : null}
                        </Box>
                        <Table size="small" aria-labelledby={headingId}>
                            <TableHead>
                                <TableRow>
                                    <TableCell>{translate('csa.compliance.space')}</TableCell>
                                    <TableCell>{translate('csa.compliance.agency')}</TableCell>
                                    <TableCell align="right">{translate('csa.compliance.plan.weight')}</TableCell>
                                    <TableCell align="right">{translate('csa.compliance.plan.probability')}</TableCell>
                                    <TableCell>{translate('csa.compliance.plan.why')}</TableCell>
                                </TableRow>
                            </TableHead>
                            <TableBody>
                                {group.entries.map(entry => (
                                    <TableRow key={String(entry.id)} data-testid="plan-entry">
                                        <TableCell>{entry.spaceCode}</TableCell>
                                        <TableCell>
                                            {entry.agencyAcronym ? (
                                                <abbr title={entry.agencyName ?? ''}>{entry.agencyAcronym}</abbr>
                                            ) : (
                                                translate('csa.compliance.plan.no_tenant')
                                            )}
                                        </TableCell>
                                        <TableCell align="right">{formatNumber(Number(entry.weight), 2)}</TableCell>
                                        <TableCell align="right">{formatProbability(entry.probability)}</TableCell>
                                        <TableCell>
                                            {entry.forced ? (
                                                <Chip
                                                    size="small"
                                                    label={translate('csa.compliance.plan.forced')}
                                                    sx={{ backgroundColor: '#6E1A2D', color: '#FFFFFF', fontWeight: 600, mb: 0.5 }}
                                                />
                                            ) : null}
                                            {entry.reasons.length > 0 ? (
                                                <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
                                                    {entry.reasons.map(reason => (
                                                        <li key={reason}>{reason}</li>
                                                    ))}
                                                </Box>
                                            ) : (
                                                <Typography variant="body2">{translate('csa.compliance.plan.base_weight')}</Typography>
                                            )}
                                        </TableCell>
                                    </TableRow>
                                ))}
                            </TableBody>
                        </Table>
                    </Paper>
                );
            })}
        </Box>
    );
};
