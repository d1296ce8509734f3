import { useMemo } from 'react';
import { Box, ButtonBase, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { floorLabel } from '../common/fields';
import { formatArea } from '../common/format';
import { SPACE_STATES, type SpaceState } from '../common/choices';
import type { Space } from '../common/types';
import { stateColors } from '../theme';

/** The state shown for a space; falls back on its condition when the API gives no state. */
export const spaceState = (space: Space): SpaceState => {
    if (space.state) return space.state;
    if (space.condition === 'maintenance') return 'maintenance';
    if (space.condition === 'out_of_service') return 'out_of_service';
    return space.occupiedBy ? 'occupied' : 'free';
};

type Translate = (key: string, options?: object) => string;

/** The second line of a tile: the tenant's acronym (or name) when occupied, the state otherwise. */
const tileStatus = (translate: Translate, space: Space, state: SpaceState): string =>
    state === 'occupied'
        ? space.occupiedBy?.agencyAcronym || space.occupiedBy?.agencyName || ''
        : translate(`csa.space_state.${state}`);

/**
 * Stable accessible name, e.g. "A-101 IFREM 120 m², espacio ocupado": it starts with
 * the visible text of the tile (code, tenant or state, area), as WCAG 2.5.3 asks,
 * and says "occupied" where the tile only shows the tenant.
 */
export const tileLabel = (translate: Translate, space: Space): string => {
    const state = spaceState(space);
    const tile = [space.code, tileStatus(translate, space, state), formatArea(Number(space.usableAreaM2) || 0)]
        .filter(Boolean)
        .join(' ');
    return state === 'occupied' ? translate('csa.plan.tile_occupied', { tile }) : tile;
};

/** Width grows with the area (m²), within bounds, so that tiles read like a floor plan. */
const tileBasis = (area: number) => Math.round(Math.min(300, Math.max(76, 28 + Math.sqrt(Math.max(area, 1)) * 18)));

export interface OccupancyPlanProps {
    spaces: Space[];
    onSelect?: (space: Space) => void;
    /** Accessible name of the whole plan. */
    label?: string;
}

export const SpaceTile = ({ space, onSelect }: { space: Space; onSelect?: (space: Space) => void }) => {
    const translate = useTranslate();
    const state = spaceState(space);
    const colors = stateColors[state];
    const label = tileLabel(translate, space);
    const area = Number(space.usableAreaM2) || 0;
    const basis = tileBasis(area);
    return (
        <ButtonBase
            focusRipple
            aria-label={label}
            title={label}
            data-state={state}
            data-testid={`tile-${space.code}`}
            onClick={() => onSelect?.(space)}
            sx={{
                flex: `${Math.max(area, 1)} 1 ${basis}px`,
                maxWidth: basis * 2,
                minHeight: 64 + Math.min(48, Math.sqrt(area) * 3),
                backgroundColor: colors.bg,
                color: colors.fg,
                border: `2px solid ${colors.border}`,
                borderRadius: 1,
                display: 'flex',
                flexDirection: 'column',
                alignItems: 'flex-start',
                justifyContent: 'space-between',
                p: 0.75,
                textAlign: 'left',
                backgroundImage:
                    state === 'out_of_service'
                        ? 'repeating-linear-gradient(45deg, transparent 0 6px, rgba(255,255,255,0.18) 6px 12px)'
                        : undefined,
                '&:hover': { filter: 'brightness(1.08)' },
                '&.Mui-focusVisible': { outline: '3px solid #1565C0', outlineOffset: 2 },
            }}
        >
            {/* The spaces between the lines are not rendered (flex items) but keep the words apart in the text. */}
            <Typography component="span" sx={{ fontWeight: 700, fontSize: 14, lineHeight: 1.2 }}>
                {space.code}
            </Typography>{' '}
            <Typography component="span" sx={{ fontSize: 13, fontWeight: state === 'occupied' ? 700 : 400 }}>
                {tileStatus(translate, space, state)}
            </Typography>{' '}
            <Typography component="span" sx={{ fontSize: 12 }}>
                {formatArea(area)}
            </Typography>
        </ButtonBase>
    );
};

export const PlanLegend = ({ spaces }: { spaces: Space[] }) => {
    const translate = useTranslate();
    const counts = useMemo(() => {
        const c: Record<SpaceState, number> = { free: 0, occupied: 0, maintenance: 0, out_of_service: 0 };
        spaces.forEach(s => {
            c[spaceState(s)] += 1;
        });
        return c;
    }, [spaces]);
    return (
        <Box component="figure" sx={{ m: 0 }}>
            <Typography component="figcaption" variant="subtitle2" sx={{ fontWeight: 600, mb: 0.5 }}>
                {translate('csa.plan.legend')}
            </Typography>
            <Box component="ul" aria-label={translate('csa.plan.legend')} sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, listStyle: 'none', p: 0, m: 0 }}>
                {SPACE_STATES.map(state => (
                    <Box component="li" key={state} data-testid={`legend-${state}`} sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
                        <Box
                            aria-hidden="true"
                            sx={{
                                width: 18,
                                height: 18,
                                borderRadius: 0.5,
                                backgroundColor: stateColors[state].bg,
                                border: `2px solid ${stateColors[state].border}`,
                            }}
                        />
                        <Typography component="span" variant="body2">
                            {translate(`csa.space_state.${state}`)} ({counts[state]})
                        </Typography>
                    </Box>
                ))}
            </Box>
        </Box>
    );
};

/**
 * Spaces floor by floor (top floor first, like a building section), as tiles
 * sized by usable area and coloured by today's state.
 */
export const OccupancyPlan = ({ spaces, onSelect, label }: OccupancyPlanProps) => {
    const translate = useTranslate();
    const floors = useMemo(() => {
        const byFloor = new Map<number, Space[]>();
        spaces.forEach(s => {
            const list = byFloor.get(s.floor) ?? [];
            list.push(s);
            byFloor.set(s.floor, list);
        });
        return [...byFloor.entries()]
            .sort(([a], [b]) => b - a)
            .map(([floor, list]) => ({
                floor,
                spaces: list.sort((x, y) => x.code.localeCompare(y.code, 'es-MX', { numeric: true })),
            }));
    }, [spaces]);

    if (spaces.length === 0) {
        return (
            <Typography role="status" color="text.secondary">
                {translate('csa.plan.no_spaces')}
            </Typography>
        );
    }
    return (
        <Box role="region" aria-label={label ?? translate('csa.plan.title')}>
            <PlanLegend spaces={spaces} />
            {floors.map(({ floor, spaces: floorSpaces }) => {
                const name = floorLabel(translate, floor);
                return (
                    <Box
                        component="section"
                        key={floor}
                        aria-label={translate('csa.plan.floor_label', { floor: name, count: floorSpaces.length })}
                        sx={{ mt: 2, p: 1, borderLeft: '6px solid #BC955C', backgroundColor: '#FAF8F5' }}
                    >
                        <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
                            {name}
                        </Typography>
                        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
                            {floorSpaces.map(space => (
                                <SpaceTile key={space.id} space={space} onSelect={onSelect} />
                            ))}
                        </Box>
                    </Box>
                );
            })}
        </Box>
    );
};
