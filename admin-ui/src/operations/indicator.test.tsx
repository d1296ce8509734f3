import '@testing-library/jest-dom/vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TestApp } from '../test/TestApp';
import { formatIndicator, formatIndicatorValue, indicatorLevel, pivotIndicator } from './indicator';
import { IndicatorTable } from './IndicatorTable';
import type { IndicatorRow } from './types';

const row = (code: string, month: number | null, operated: number, working: number, closed: IndicatorRow['closedWorkingDays'] = []): IndicatorRow => ({
    buildingId: `id-${code}`,
    code,
    name: `CSA ${code}`,
    month,
    workingDays: working,
    daysOperated: operated,
    indicator: working ? Math.round((operated / working) * 10000) / 100 : null,
    closedWorkingDays: closed,
});

const rows: IndicatorRow[] = [
    row('CSA-TOL', null, 248, 250, [
        { date: '2018-05-23', reason: 'Falla eléctrica' },
        { date: '2018-04-25', reason: 'Simulacro de protección civil' },
    ]),
    row('CSA-TOL', 4, 20, 21, [{ date: '2018-04-25', reason: 'Simulacro de protección civil' }]),
    row('CSA-TOL', 5, 21, 22, [{ date: '2018-05-23', reason: 'Falla eléctrica' }]),
    row('CSA-ATL', 1, 22, 22),
    row('CSA-ATL', null, 22, 22),
];

describe('the operation indicator', () => {
    it('pivots building × month rows into one line per building, by code, with the closed days in date order', () => {
        const lines = pivotIndicator(rows);
        expect(lines.map(l => l.code)).toEqual(['CSA-ATL', 'CSA-TOL']);
        const tol = lines[1];
        expect(tol.year?.indicator).toBe(99.2);
        expect(tol.months.map(m => m?.indicator ?? null)).toEqual([null, null, null, 95.24, 95.45, null, null, null, null, null, null, null]);
        expect(tol.closedWorkingDays.map(d => d.date)).toEqual(['2018-04-25', '2018-05-23']);
    });

    it('formats and flags the percentage', () => {
        expect(formatIndicator(100)).toBe('100 %');
        expect(formatIndicator(95.24)).toBe('95.24 %');
        expect(formatIndicator(null)).toBe('—');
        expect([100, 99.2, 1234.5, null].map(formatIndicatorValue)).toEqual(['100', '99.2', '1,234.5', '—']);
        expect([100, 99.2, 80, null].map(indicatorLevel)).toEqual(['full', 'partial', 'low', 'none']);
    });

    it('lists a building’s closed working days on demand', async () => {
        const user = userEvent.setup();
        render(
            <TestApp>
                <IndicatorTable lines={pivotIndicator(rows)} year={2018} />
            </TestApp>,
        );
        const table = screen.getByRole('table', { name: 'Indicador de operación por inmueble y mes, 2018' });
        const tol = within(table).getByTestId('indicator-CSA-TOL');
        expect(within(tol).getAllByRole('cell').slice(3, 5).map(c => c.textContent)).toEqual(['95.24', '95.45']);
        expect(within(table).getByTestId('indicator-CSA-ATL')).toHaveTextContent('Ninguno');
        await user.click(within(tol).getByRole('button', { name: 'Ver 2 días' }));
        expect(screen.getByText('Días hábiles en que CSA CSA-TOL no abrió en 2018')).toBeInTheDocument();
        expect(screen.getAllByRole('listitem').map(li => li.textContent)).toEqual([
            '25/04/2018: Simulacro de protección civil',
            '23/05/2018: Falla eléctrica',
        ]);
        await user.click(within(tol).getByRole('button', { name: 'Ocultar 2 días' }));
        expect(screen.queryByRole('listitem')).not.toBeInTheDocument();
    });
});
