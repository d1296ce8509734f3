import '@testing-library/jest-dom/vitest';
import { render, screen, within } from '@testing-library/react';
import { TestApp } from '../test/TestApp';
import { monthWeeks, YearCalendar } from './YearCalendar';

describe('YearCalendar', () => {
    it('lays out months Monday first', () => {
        // February 2026 starts on a Sunday and has 28 days.
        const weeks = monthWeeks(2026, 2);
        expect(weeks[0]).toEqual([null, null, null, null, null, null, 1]);
        expect(weeks.at(-1)).toEqual([23, 24, 25, 26, 27, 28, null]);
        // February 2024: leap year, starts on Thursday.
        expect(monthWeeks(2024, 2).flat().filter(Boolean)).toHaveLength(29);
        expect(monthWeeks(2024, 2)[0].slice(0, 4)).toEqual([null, null, null, 1]);
    });

    it('marks each non-working day with its kind and name', () => {
        render(
            <TestApp>
                <YearCalendar
                    year={2026}
                    days={[
                        { date: '2026-02-02', kind: 'holiday', name: 'Día de la Constitución', source: 'computed' },
                        { date: '2026-02-07', kind: 'weekend', name: 'Sábado', source: 'computed' },
                        { date: '2026-03-02', kind: 'non_working', name: 'Aniversario del Estado', source: 'declared' },
                    ]}
                />
            </TestApp>,
        );
        const feb = screen.getByTestId('month-2');
        expect(within(feb).getByText('Febrero 2026')).toBeInTheDocument();
        const constitution = feb.querySelector('td[data-date="2026-02-02"]');
        expect(constitution).toHaveAttribute('data-kind', 'holiday');
        expect(constitution).toHaveTextContent('2 Feriado oficial · Día de la Constitución');
        expect(feb.querySelector('td[data-date="2026-02-03"]')).toHaveAttribute('data-kind', 'working_day');
        expect(screen.getByTestId('month-3').querySelector('td[data-date="2026-03-02"]')).toHaveAttribute('data-kind', 'non_working');
    });
});
