import { render, screen, within } from '@testing-library/react';
import { TestApp } from '../test/TestApp';
import type { PlanEntry } from '../compliance/types';
import { planEntry } from '../test/fixtures';
import { PlanEntries, formatProbability, groupByBuilding } from './PlanEntries';

const entry = (over: Partial<PlanEntry>) => planEntry({ id: Math.random().toString(36), ...over });

const entries: PlanEntry[] = [
    entry({
        id: 'e1',
        buildingId: 'b2',
        buildingCode: 'CSA-NEZ',
        spaceId: 's9',
        spaceCode: 'N-201',
        agencyAcronym: 'ISSEMYM',
        weight: 7.5,
        probability: 0.125,
        forced: true,
        reasons: ['Garantía de cobertura: no supervisada en 6 meses', 'Sin supervisión desde 05/2025'],
        inspectionId: 'insp-9',
    }),
    entry({ id: 'e2', spaceCode: 'E-101', weight: 4, probability: 0.08, reasons: ['3 incumplimientos en los últimos 12 meses'] }),
    entry({ id: 'e3', spaceId: 's2', spaceCode: 'E-102', agencyAcronym: null, agencyName: null, weight: 1, probability: 0.02 }),
];

describe('the monthly plan, explained', () => {
    it('groups the drawn spaces by building, buildings by code, spaces in draw order', () => {
        const groups = groupByBuilding(entries);
        expect(groups.map(g => [g.buildingCode, g.entries.map(e => e.spaceCode), g.inspectionId ?? null])).toEqual([
            ['CSA-NEZ', ['N-201'], 'insp-9'],
            ['CSA-TOL', ['E-101', 'E-102'], null],
        ]);
    });

    it('shows probabilities as percentages', () => {
        expect(formatProbability(0.125).replace(/\s/g, '')).toBe('12.5%');
        expect(formatProbability('12.5').replace(/\s/g, '')).toBe('12.5%');
        expect(formatProbability(null)).toBe('');
    });

    it('lists for each space its weight, probability and the Spanish reasons why it was drawn', async () => {
        render(
            <TestApp>
                <PlanEntries entries={entries} />
            </TestApp>,
        );
        const nez = await screen.findByRole('region', { name: 'CSA-NEZ: 1 espacio' });
        const forcedRow = within(nez).getAllByTestId('plan-entry')[0];
        expect(forcedRow).toHaveTextContent('N-201');
        expect(forcedRow).toHaveTextContent('ISSEMYM');
        expect(forcedRow).toHaveTextContent('7.5');
        expect(forcedRow.textContent?.replace(/\s/g, '')).toContain('12.5%');
        expect(within(forcedRow).getByText('Garantía de cobertura')).toBeInTheDocument();
        expect(within(forcedRow).getAllByRole('listitem').map(li => li.textContent)).toEqual([
            'Garantía de cobertura: no supervisada en 6 meses',
            'Sin supervisión desde 05/2025',
        ]);
        expect(within(nez).getByRole('link', { name: 'Ver la supervisión' })).toHaveAttribute('href', '#/inspections/insp-9/show');

        const tol = screen.getByRole('region', { name: 'CSA-TOL: 2 espacios' });
        const [withReason, plain] = within(tol).getAllByTestId('plan-entry');
        expect(within(withReason).getByText('3 incumplimientos en los últimos 12 meses')).toBeInTheDocument();
        expect(within(withReason).queryByText('Garantía de cobertura')).toBeNull();
        expect(plain).toHaveTextContent('Sin ocupante');
        expect(plain).toHaveTextContent('Peso base');
    });

    it('says so when nothing was drawn', async () => {
        render(
            <TestApp>
                <PlanEntries entries={[]} />
            </TestApp>,
        );
        expect(await screen.findByText('El sorteo no eligió ningún espacio.')).toBeInTheDocument();
    });
});
