import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TestApp } from '../test/TestApp';
import type { Space } from '../common/types';
import { stateColors } from '../theme';
import { OccupancyPlan } from './OccupancyPlan';

const space = (over: Partial<Space>): Space => ({
    id: over.code ?? 'x',
    buildingId: 'b1',
    code: 'X',
    floor: 0,
    type: 'office',
    usableAreaM2: 20,
    condition: 'available',
    state: 'free',
    occupiedBy: null,
    ...over,
});

const spaces: Space[] = [
    space({
        code: 'A-101',
        floor: 1,
        usableAreaM2: 120,
        state: 'occupied',
        occupiedBy: {
            agreementId: 'ag1',
            folio: 'CSA-TOL-2026-0001',
            agencyId: 'ifrem',
            agencyAcronym: 'IFREM',
            agencyName: 'Instituto de la Función Registral del Estado de México',
            endDate: '2026-12-31',
        },
    }),
    space({ code: 'A-102', floor: 1, usableAreaM2: 12, state: 'free' }),
    space({ code: 'PB-01', floor: 0, usableAreaM2: 30, state: 'maintenance', condition: 'maintenance' }),
    space({ code: 'S-01', floor: -1, usableAreaM2: 8, state: 'out_of_service', condition: 'out_of_service' }),
];

const renderPlan = (onSelect = vi.fn(), list = spaces) => {
    render(
        <TestApp>
            <OccupancyPlan spaces={list} onSelect={onSelect} label="Plano de ocupación de CSA-TOL" />
        </TestApp>,
    );
    return onSelect;
};

describe('OccupancyPlan', () => {
    it('names every tile by code, state and tenant acronym', async () => {
        renderPlan();
        expect(await screen.findByRole('button', { name: 'A-101 IFREM 120 m², espacio ocupado' })).toBeInTheDocument();
        expect(screen.getByRole('button', { name: 'A-102 Libre 12 m²' })).toBeInTheDocument();
        expect(screen.getByRole('button', { name: 'PB-01 En mantenimiento 30 m²' })).toBeInTheDocument();
        expect(screen.getByRole('button', { name: 'S-01 Fuera de servicio 8 m²' })).toBeInTheDocument();
    });

    it('shows the acronym of the tenant on occupied tiles and the state on the others', async () => {
        renderPlan();
        const occupied = await screen.findByRole('button', { name: /A-101/ });
        expect(within(occupied).getByText('IFREM')).toBeInTheDocument();
        expect(within(screen.getByRole('button', { name: /A-102/ })).getByText('Libre')).toBeInTheDocument();
    });

    it('colours tiles by state', async () => {
        renderPlan();
        const expectations: Array<[RegExp, keyof typeof stateColors]> = [
            [/A-101/, 'occupied'],
            [/A-102/, 'free'],
            [/PB-01/, 'maintenance'],
            [/S-01/, 'out_of_service'],
        ];
        for (const [name, state] of expectations) {
            const tile = await screen.findByRole('button', { name });
            expect(tile).toHaveAttribute('data-state', state);
            expect(getComputedStyle(tile).backgroundColor).toBe(hexToRgb(stateColors[state].bg));
        }
    });

    it('groups spaces floor by floor, top floor first', async () => {
        renderPlan();
        const plan = await screen.findByRole('region', { name: 'Plano de ocupación de CSA-TOL' });
        const headings = within(plan).getAllByRole('heading', { level: 3 }).map(h => h.textContent);
        expect(headings).toEqual(['Piso 1', 'Planta baja', 'Sótano 1']);
        const firstFloor = within(plan).getByLabelText('Piso 1 (2 espacios)');
        expect(within(firstFloor).getAllByRole('button')).toHaveLength(2);
    });

    it('sizes tiles by usable area', async () => {
        renderPlan();
        const big = await screen.findByRole('button', { name: /A-101/ });
        const small = screen.getByRole('button', { name: /A-102/ });
        const basis = (el: HTMLElement) => parseFloat(getComputedStyle(el).flexBasis);
        expect(basis(big)).toBeGreaterThan(basis(small));
    });

    it('has a legend with the four states and their counts', async () => {
        renderPlan();
        const legend = await screen.findByRole('list', { name: 'Simbología' });
        const items = within(legend).getAllByRole('listitem').map(li => li.textContent);
        expect(items).toEqual(['Libre (1)', 'Ocupado (1)', 'En mantenimiento (1)', 'Fuera de servicio (1)']);
    });

    it('opens the space on click and on keyboard activation', async () => {
        const user = userEvent.setup();
        const onSelect = renderPlan();
        await user.click(await screen.findByRole('button', { name: 'A-102 Libre 12 m²' }));
        expect(onSelect).toHaveBeenLastCalledWith(expect.objectContaining({ code: 'A-102' }));
        screen.getByRole('button', { name: /PB-01/ }).focus();
        await user.keyboard('{Enter}');
        expect(onSelect).toHaveBeenLastCalledWith(expect.objectContaining({ code: 'PB-01' }));
    });

    it('says so when the building has no spaces', async () => {
        renderPlan(vi.fn(), []);
        expect(await screen.findByText('Este inmueble aún no tiene espacios registrados.')).toBeInTheDocument();
    });
});

function hexToRgb(hex: string) {
    const n = parseInt(hex.slice(1), 16);
    return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}
