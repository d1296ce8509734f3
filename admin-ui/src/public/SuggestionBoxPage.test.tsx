import '@testing-library/jest-dom/vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { centers } from './fixtures';
import { PublicApiError } from './publicApi';
import { SuggestionBoxPage } from './SuggestionBoxPage';
import { counterText, validateSuggestion } from './suggestionForm';

const setup = (overrides: Partial<Parameters<typeof SuggestionBoxPage>[0]> = {}) => {
    const props = {
        loadCenters: vi.fn().mockResolvedValue(centers),
        send: vi.fn().mockResolvedValue({ folio: 'BZ-7K4Q-9XPA-M2TD', createdOn: '2026-11-20' }),
        lookup: vi.fn(),
        ...overrides,
    };
    render(<SuggestionBoxPage {...props} />);
    return props;
};

const fill = async (user: ReturnType<typeof userEvent.setup>, text = 'La fila de licencias avanzó muy rápido, gracias.') => {
    await user.click(screen.getByRole('radio', { name: 'Felicitación' }));
    await user.click(screen.getByRole('radio', { name: '5 · Excelente' }));
    await user.type(screen.getByRole('textbox', { name: /Comentario/ }), text);
};

describe('the suggestion form rules', () => {
    it('asks for a CSA, a category, a rating and 10 to 2,000 characters', () => {
        expect(validateSuggestion({ buildingCode: '', agencyId: '', category: '', rating: null, text: ' corto ' })).toEqual({
            buildingCode: 'Elija el CSA sobre el que comenta.',
            category: 'Elija el tipo de comentario.',
            rating: 'Califique la atención del 1 al 5.',
            text: 'Escriba al menos 10 caracteres.',
        });
        expect(validateSuggestion({ buildingCode: 'CSA-TOL', agencyId: '', category: 'other', rating: 3, text: 'x'.repeat(2001) })).toEqual({
            text: 'El comentario admite como máximo 2000 caracteres.',
        });
        expect(validateSuggestion({ buildingCode: 'CSA-TOL', agencyId: '', category: 'other', rating: 3, text: 'x'.repeat(10) })).toEqual({});
    });

    it('counts characters against the limit', () => {
        expect(counterText('')).toBe('0 de 2,000 caracteres');
        expect(counterText('x'.repeat(1234))).toBe('1,234 de 2,000 caracteres');
    });
});

describe('SuggestionBoxPage', () => {
    beforeEach(() => window.history.replaceState(null, '', '/buzon?csa=CSA-TOL'));

    it('says it is anonymous and confidential, and preselects the CSA of the address', async () => {
        setup();
        expect(screen.getByTestId('anonymity')).toHaveTextContent('anónimos y confidenciales');
        expect(screen.getByTestId('anonymity')).toHaveTextContent('no guardamos su dirección IP');
        const csa = screen.getByRole('combobox', { name: /Centro de Servicios Administrativos/ });
        await within(csa).findByRole('option', { name: 'CSA Toluca (Toluca)' });
        expect(csa).toHaveValue('CSA-TOL');
        // The agencies of that CSA, optional.
        const agency = screen.getByRole('combobox', { name: /Dependencia/ });
        expect(within(agency).getAllByRole('option').map(o => o.textContent)).toEqual([
            'Ninguna en particular',
            'SEMOV-LIC · Licencias de conducir',
            'RC-EDOMEX · Registro Civil',
        ]);
    });

    it('shows what is missing before sending, and the counter as the citizen types', async () => {
        const user = userEvent.setup();
        const { send } = setup();
        await user.type(screen.getByRole('textbox', { name: /Comentario/ }), 'Muy bien');
        expect(screen.getByTestId('counter')).toHaveTextContent('8 de 2,000 caracteres');
        await user.click(screen.getByRole('button', { name: 'Enviar comentario' }));
        expect(screen.getByText('Elija el tipo de comentario.')).toBeInTheDocument();
        expect(screen.getByText('Califique la atención del 1 al 5.')).toBeInTheDocument();
        expect(screen.getByText('Escriba al menos 10 caracteres.')).toBeInTheDocument();
        expect(send).not.toHaveBeenCalled();
        // Focus goes to the first field to fix.
        expect(screen.getByRole('radio', { name: 'Sugerencia' })).toHaveFocus();
    });

    it('sends nothing about the person and shows the folio prominently', async () => {
        const user = userEvent.setup();
        const { send } = setup();
        await within(screen.getByRole('combobox', { name: /Centro/ })).findByRole('option', { name: 'CSA Toluca (Toluca)' });
        await user.selectOptions(screen.getByRole('combobox', { name: /Dependencia/ }), 'a-semov');
        await fill(user);
        await user.click(screen.getByRole('button', { name: 'Enviar comentario' }));
        expect(send).toHaveBeenCalledWith({
            buildingCode: 'CSA-TOL',
            agencyId: 'a-semov',
            category: 'praise',
            rating: 5,
            text: 'La fila de licencias avanzó muy rápido, gracias.',
        });
        expect(await screen.findByTestId('folio')).toHaveTextContent('BZ-7K4Q-9XPA-M2TD');
        expect(screen.getByRole('heading', { name: 'Gracias: recibimos su comentario.' })).toHaveFocus();
        expect(screen.getByText(/Recibido el 20\/11\/2026/)).toBeInTheDocument();
        // The lookup is ready with that folio.
        expect(screen.getByRole('textbox', { name: 'Folio' })).toHaveValue('BZ-7K4Q-9XPA-M2TD');
    });

    it("shows the API's Spanish message under each field it refused, and a 429 plainly", async () => {
        const user = userEvent.setup();
        const send = vi
            .fn()
            .mockRejectedValueOnce(new PublicApiError('Hay datos por corregir', 400, { text: 'Sin enlaces, por favor: parece publicidad' }))
            .mockRejectedValueOnce(new PublicApiError('Demasiados comentarios desde su conexión; intente en una hora', 429));
        setup({ send });
        await within(screen.getByRole('combobox', { name: /Centro/ })).findByRole('option', { name: 'CSA Toluca (Toluca)' });
        await fill(user, 'Visite http://spam.example para ganar');
        await user.click(screen.getByRole('button', { name: 'Enviar comentario' }));
        expect(await screen.findByText('Sin enlaces, por favor: parece publicidad')).toBeInTheDocument();
        expect(screen.getByRole('textbox', { name: /Comentario/ })).toHaveAttribute('aria-invalid', 'true');
        await user.click(screen.getByRole('button', { name: 'Enviar comentario' }));
        expect(await screen.findByTestId('form-error')).toHaveTextContent('Demasiados comentarios desde su conexión; intente en una hora');
        expect(screen.queryByTestId('folio')).not.toBeInTheDocument();
    });

    it('looks up the answer by folio', async () => {
        const user = userEvent.setup();
        const lookup = vi
            .fn()
            .mockRejectedValueOnce(new PublicApiError('No existe', 404))
            .mockResolvedValueOnce({
                folio: 'BZ-7K4Q-9XPA-M2TD',
                buildingName: 'CSA Toluca',
                category: 'complaint',
                status: 'answered',
                createdOn: '2026-11-20',
                answer: 'Se reforzó la ventanilla de licencias.',
                answeredOn: '2026-11-22',
            });
        setup({ lookup });
        const folio = screen.getByRole('textbox', { name: 'Folio' });
        await user.type(folio, 'bz-nada{Enter}');
        expect(await screen.findByText(/No encontramos el folio BZ-NADA/)).toBeInTheDocument();
        await user.clear(folio);
        await user.type(folio, 'bz-7k4q-9xpa-m2td');
        await user.click(screen.getByRole('button', { name: 'Consultar' }));
        expect(await screen.findByTestId('lookup-answer')).toHaveTextContent('Se reforzó la ventanilla de licencias.');
        expect(screen.getByTestId('lookup-status')).toHaveTextContent('Respondido');
        expect(screen.getByText('Respuesta del 22/11/2026')).toBeInTheDocument();
        expect(lookup).toHaveBeenLastCalledWith('bz-7k4q-9xpa-m2td');
    });
});
