import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { ResourceContextProvider, type DataProvider } from 'react-admin';
import { TestApp } from '../test/TestApp';
import { complianceApi } from '../compliance/api';
import type { PlanEntry, SupervisionPlan } from '../compliance/types';
import { planEntry } from '../test/fixtures';
import PlanShow from './PlanShow';

const entry = (id: string, spaceCode: string) => planEntry({ id, spaceId: `s-${id}`, spaceCode });

const plan = (seed: number, drawnAt: string): SupervisionPlan => ({
    id: 'p1',
    period: '2026-03',
    seed,
    sampleSize: 2,
    coverageMonths: 6,
    status: 'draft',
    candidates: 10,
    drawnAt,
});

const deferred = <T,>() => {
    let resolve!: (value: T) => void;
    const promise = new Promise<T>(r => (resolve = r));
    return { promise, resolve };
};

describe('PlanShow', () => {
    afterEach(() => vi.restoreAllMocks());

    it('never shows the entries of a draw beside another seed: the spinner shows until the new draw arrives', async () => {
        let current = plan(12345, '2026-02-20T10:00:00Z');
        const dataProvider = { getOne: vi.fn(async () => ({ data: current })) } as unknown as DataProvider;
        const firstDraw = [entry('e1', 'E-101'), entry('e2', 'E-102')];
        const secondDraw = [entry('e3', 'E-201')];
        const next = deferred<PlanEntry[]>();
        const entries = vi.spyOn(complianceApi, 'planEntries').mockResolvedValueOnce(firstDraw).mockImplementation(() => next.promise);
        vi.spyOn(complianceApi, 'regeneratePlan').mockImplementation(async (_id, seed) => {
            current = plan(seed ?? 0, '2026-02-20T11:00:00Z');
            return current;
        });

        render(
            <MemoryRouter initialEntries={['/supervision-plans/p1/show']}>
                <TestApp dataProvider={dataProvider}>
                    <ResourceContextProvider value="supervision-plans">
                        <Routes>
                            <Route path="/supervision-plans/:id/show" element={<PlanShow />} />
                        </Routes>
                    </ResourceContextProvider>
                </TestApp>
            </MemoryRouter>,
        );
        expect(await screen.findByTestId('plan-summary')).toHaveTextContent('con la semilla 12345');
        expect(screen.getAllByTestId('plan-entry')).toHaveLength(2);

        const user = userEvent.setup();
        await user.click(screen.getByRole('button', { name: 'Volver a sortear' }));
        const dialog = await screen.findByRole('dialog', { name: /^Volver a sortear/ });
        await user.type(screen.getByLabelText('Nueva semilla'), '777');
        await user.click(within(dialog).getByRole('button', { name: 'Volver a sortear' }));

        await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
        // The plan now has the new seed; its entries are still on their way.
        await waitFor(() => expect(dataProvider.getOne).toHaveBeenCalledTimes(2));
        await waitFor(() => expect(screen.queryByTestId('plan-entry')).toBeNull());
        expect(screen.queryByTestId('plan-summary')).toBeNull();
        expect(screen.getByRole('progressbar', { name: 'Cargando' })).toBeInTheDocument();

        next.resolve(secondDraw);
        expect(await screen.findByTestId('plan-summary')).toHaveTextContent('con la semilla 777');
        expect(screen.getAllByTestId('plan-entry')).toHaveLength(1);
        expect(entries).toHaveBeenCalledWith('p1');
    });
});
