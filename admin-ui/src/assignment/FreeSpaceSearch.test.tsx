import { useState } from 'react';
import { render, screen, within, fireEvent } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { testDataProvider } from 'react-admin';
import { TestApp } from '../test/TestApp';
import type { FreeSpace } from '../common/types';
import type { FreeSpacesQuery } from '../dataProvider';
import { FreeSpaceSearch, defaultPeriod, type Period } from './FreeSpaceSearch';

const catalogue: FreeSpace[] = [
    { id: 's1', buildingId: 'b1', code: 'A-101', floor: 1, type: 'office', usableAreaM2: 120, workstations: 12 },
    { id: 's2', buildingId: 'b1', code: 'A-102', floor: 1, type: 'office', usableAreaM2: 30, workstations: 3 },
    { id: 's3', buildingId: 'b1', code: 'PB-05', floor: 0, type: 'service_module', usableAreaM2: 9, workstations: 1 },
    { id: 's4', buildingId: 'b1', code: 'PB-10', floor: 0, type: 'bank', usableAreaM2: 80, workstations: 6 },
];
/** A fake API: A-101 is taken from 2027 on, so it is not free for periods that reach 2027. */
const fakeFreeSpaces = (_buildingId: unknown, q: FreeSpacesQuery) =>
    Promise.resolve({
        data: catalogue.filter(
            s =>
                (!q.type || s.type === q.type) &&
                (q.minArea === undefined || s.usableAreaM2 >= Number(q.minArea)) &&
                !(s.code === 'A-101' && q.to >= '2027-01-01'),
        ),
    });

const Harness = ({ onSelection }: { onSelection?: (s: FreeSpace[]) => void }) => {
    const [period, setPeriod] = useState<Period>({ from: '2026-03-01', to: '2026-12-31' });
    const [selected, setSelected] = useState<FreeSpace[]>([]);
    return (
        <FreeSpaceSearch
            buildingId="b1"
            period={period}
            onPeriodChange={setPeriod}
            selected={selected}
            onSelectionChange={s => {
                setSelected(s);
                onSelection?.(s);
            }}
        />
    );
};

const renderSearch = (onSelection?: (s: FreeSpace[]) => void) =>
    render(
        <TestApp dataProvider={testDataProvider({ getFreeSpaces: fakeFreeSpaces } as never)}>
            <Harness onSelection={onSelection} />
        </TestApp>,
    );

const resultCodes = () =>
    within(screen.getByRole('table', { name: 'Espacios libres' }))
        .getAllByRole('row')
        .slice(1)
        .map(row => within(row).getAllByRole('cell')[1].textContent);

describe('FreeSpaceSearch', () => {
    it('proposes a one-year period starting today by default', () => {
        expect(defaultPeriod('2026-03-01')).toEqual({ from: '2026-03-01', to: '2027-02-28' });
        expect(defaultPeriod('2028-02-29')).toEqual({ from: '2028-02-29', to: '2029-02-28' });
    });

    it('searches the free spaces of the period and lists them with dd/mm/aaaa dates', async () => {
        const user = userEvent.setup();
        renderSearch();
        expect(screen.getByLabelText(/Desde/)).toHaveValue('2026-03-01');
        expect(screen.getByLabelText(/Hasta/)).toHaveValue('2026-12-31');
        await user.click(screen.getByRole('button', { name: 'Buscar espacios libres' }));
        expect(await screen.findByText('Espacios libres del 01/03/2026 al 31/12/2026')).toBeInTheDocument();
        expect(resultCodes()).toEqual(['A-101', 'A-102', 'PB-05', 'PB-10']);
    });

    it('searches again with a new period', async () => {
        const user = userEvent.setup();
        renderSearch();
        fireEvent.change(screen.getByLabelText(/Hasta/), { target: { value: '2027-06-30' } });
        await user.click(screen.getByRole('button', { name: 'Buscar espacios libres' }));
        expect(await screen.findByText('Espacios libres del 01/03/2026 al 30/06/2027')).toBeInTheDocument();
        expect(resultCodes()).toEqual(['A-102', 'PB-05', 'PB-10']);
    });

    it('refuses a period that ends before it starts', async () => {
        renderSearch();
        fireEvent.change(screen.getByLabelText(/Hasta/), { target: { value: '2026-01-31' } });
        expect(await screen.findByText('La fecha final debe ser posterior a la inicial.')).toBeInTheDocument();
        expect(screen.getByRole('button', { name: 'Buscar espacios libres' })).toBeDisabled();
    });

    it('filters by type and minimum area', async () => {
        const user = userEvent.setup();
        renderSearch();
        await user.click(screen.getByRole('combobox', { name: 'Tipo de espacio' }));
        await user.click(await screen.findByRole('option', { name: 'Oficina' }));
        await user.type(screen.getByLabelText('Superficie mínima (m²)'), '50');
        await user.click(screen.getByRole('button', { name: 'Buscar espacios libres' }));
        await screen.findByRole('table', { name: 'Espacios libres' });
        expect(resultCodes()).toEqual(['A-101']);
        expect(screen.getByRole('cell', { name: 'Oficina' })).toBeInTheDocument();
    });

    it('says so when nothing is free', async () => {
        const user = userEvent.setup();
        renderSearch();
        await user.type(screen.getByLabelText('Superficie mínima (m²)'), '500');
        await user.click(screen.getByRole('button', { name: 'Buscar espacios libres' }));
        expect(
            await screen.findByText('No hay espacios libres con esas condiciones para el periodo indicado.'),
        ).toBeInTheDocument();
    });

    it('selects one or more spaces and totals their area', async () => {
        const user = userEvent.setup();
        const onSelection = vi.fn();
        renderSearch(onSelection);
        await user.click(screen.getByRole('button', { name: 'Buscar espacios libres' }));
        const a101 = await screen.findByRole('checkbox', { name: 'Seleccionar el espacio A-101' });
        await user.click(a101);
        expect(a101).toBeChecked();
        expect(screen.getByTestId('selection-summary')).toHaveTextContent('1 espacio seleccionado (120 m²)');
        // Clicking the row works too.
        await user.click(screen.getByRole('cell', { name: 'PB-05' }));
        expect(screen.getByTestId('selection-summary')).toHaveTextContent('2 espacios seleccionados (129 m²)');
        expect(onSelection).toHaveBeenLastCalledWith([
            expect.objectContaining({ code: 'A-101' }),
            expect.objectContaining({ code: 'PB-05' }),
        ]);
        await user.click(a101);
        expect(a101).not.toBeChecked();
        expect(screen.getByTestId('selection-summary')).toHaveTextContent('1 espacio seleccionado (9 m²)');
    });

    it('drops from the selection the spaces that are no longer free after a new search', async () => {
        const user = userEvent.setup();
        renderSearch();
        await user.click(screen.getByRole('button', { name: 'Buscar espacios libres' }));
        await user.click(await screen.findByRole('checkbox', { name: 'Seleccionar el espacio A-101' }));
        await user.click(screen.getByRole('checkbox', { name: 'Seleccionar el espacio A-102' }));
        fireEvent.change(screen.getByLabelText(/Hasta/), { target: { value: '2027-06-30' } });
        await user.click(screen.getByRole('button', { name: 'Buscar espacios libres' }));
        await screen.findByText('Espacios libres del 01/03/2026 al 30/06/2027');
        expect(screen.getByTestId('selection-summary')).toHaveTextContent('1 espacio seleccionado (30 m²)');
    });
});
