import { useState } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TestApp } from '../test/TestApp';
import type { Outcome } from '../compliance/types';
import { OutcomePicker } from './OutcomePicker';

const Harness = ({ onChange, disabled = false }: { onChange: (o: Outcome) => void; disabled?: boolean }) => {
    const [value, setValue] = useState<Outcome | undefined>();
    return (
        <OutcomePicker
            label="Resultado de «¿Extintor vigente?» en E-101"
            value={value}
            disabled={disabled}
            onChange={o => {
                setValue(o);
                onChange(o);
            }}
        />
    );
};

describe('OutcomePicker', () => {
    it('offers cumple / no cumple / no aplica as large buttons in a named group, one selected at a time', async () => {
        const changes: Outcome[] = [];
        render(
            <TestApp>
                <Harness onChange={o => changes.push(o)} />
            </TestApp>,
        );
        const group = await screen.findByRole('group', { name: 'Resultado de «¿Extintor vigente?» en E-101' });
        expect(group).toBeInTheDocument();
        const complies = screen.getByRole('button', { name: 'Cumple' });
        const fails = screen.getByRole('button', { name: 'No cumple' });
        const na = screen.getByRole('button', { name: 'No aplica' });
        [complies, fails, na].forEach(b => expect(b).toHaveAttribute('aria-pressed', 'false'));

        await userEvent.click(fails);
        expect(fails).toHaveAttribute('aria-pressed', 'true');
        expect(complies).toHaveAttribute('aria-pressed', 'false');

        await userEvent.click(complies);
        // Pressing the selected button again does not clear the outcome.
        await userEvent.click(complies);
        expect(complies).toHaveAttribute('aria-pressed', 'true');
        expect(changes).toEqual(['fails', 'complies']);
    });

    it('cannot be changed once the act is signed', async () => {
        const changes: Outcome[] = [];
        render(
            <TestApp>
                <Harness onChange={o => changes.push(o)} disabled />
            </TestApp>,
        );
        const fails = await screen.findByRole('button', { name: 'No cumple' });
        expect(fails).toBeDisabled();
        await userEvent.click(fails).catch(() => undefined);
        expect(changes).toEqual([]);
    });
});
