import '@testing-library/jest-dom/vitest';
import { render, screen, within } from '@testing-library/react';
import { TestApp } from '../test/TestApp';
import type { ApportionmentMatrix } from '../common/costs';
import { MatrixTable, sortMatrixRows } from './MatrixTable';
import { defaultPeriod } from './AllocationPage';

const matrix: ApportionmentMatrix = {
    period: '2026-10',
    buildingId: 'b1',
    services: [
        { id: 'luz', name: 'Energía eléctrica', kind: 'electricity', billed: '1000.00' },
        { id: 'agua', name: 'Agua', kind: 'water', billed: '300.50' },
    ],
    rows: [
        { agencyId: null, acronym: '', payer: 'vacancy', amounts: { luz: '100.00', agua: '30.05' }, total: '130.05' },
        { agencyId: 'a2', acronym: 'SAT', payer: 'tenant', amounts: { luz: '500.00', agua: '150.25' }, total: '650.25' },
        { agencyId: 'a1', acronym: 'IFREM', payer: 'tenant', amounts: { luz: '300.00', agua: '120.20' }, total: '420.20' },
        { agencyId: 'a3', acronym: 'BANCO', payer: 'exempt', amounts: { luz: '100.00' }, total: '100.00' },
    ],
    totals: { luz: '1000.00', agua: '300.50', total: '1300.50' },
};

const cells = (row: HTMLElement) =>
    [...within(row).queryAllByRole('rowheader'), ...within(row).queryAllByRole('cell')].map(c => c.textContent?.replace(/\s/g, ' '));

describe('MatrixTable', () => {
    it('shows tenants × services with the DGRM rows last, totals and billed amounts in MXN', () => {
        render(
            <TestApp>
                <MatrixTable matrix={matrix} title="Matriz de prorrateo · CSA-TOL · octubre 2026" />
            </TestApp>,
        );
        const table = screen.getByRole('table', { name: 'Matriz de prorrateo · CSA-TOL · octubre 2026' });
        const rows = within(table).getAllByRole('row');
        expect(within(rows[0]).getAllByRole('columnheader').map(c => c.textContent)).toEqual([
            'Unidad usuaria',
            'Energía eléctrica',
            'Agua',
            'Total',
        ]);
        expect(rows.slice(1).map(cells)).toEqual([
            ['IFREM', '$300.00', '$120.20', '$420.20'],
            ['SAT', '$500.00', '$150.25', '$650.25'],
            ['BANCO exenta (absorbe la DGRM)', '$100.00', '—', '$100.00'],
            ['Espacio desocupado (absorbe la DGRM)', '$100.00', '$30.05', '$130.05'],
            ['Total', '$1,000.00', '$300.50', '$1,300.50'],
            ['Importe de los recibos', '$1,000.00', '$300.50', '$1,300.50'],
        ]);
    });

    it('says so when the building has no charges in the period', () => {
        render(
            <TestApp>
                <MatrixTable matrix={{ ...matrix, rows: [], totals: { total: '0.00' } }} title="Matriz" />
            </TestApp>,
        );
        expect(screen.getByText('No hay cargos de este inmueble en el periodo: corra el prorrateo.')).toBeInTheDocument();
    });

    it('orders tenants by acronym, then exemptions, then vacancy', () => {
        expect(sortMatrixRows(matrix.rows).map(r => r.acronym || r.payer)).toEqual(['IFREM', 'SAT', 'BANCO', 'vacancy']);
    });
});

describe('the allocation page', () => {
    it('proposes the oldest open period with bills', () => {
        expect(
            defaultPeriod([
                { id: '2026-11', period: '2026-11', status: 'open', bills: 0 },
                { id: '2026-10', period: '2026-10', status: 'open', bills: 66 },
                { id: '2026-09', period: '2026-09', status: 'closed', bills: 66 },
            ]),
        ).toBe('2026-10');
        expect(defaultPeriod([{ id: '2026-11', period: '2026-11', status: 'open', bills: 0 }])).toBe('2026-11');
    });
});
