import '@testing-library/jest-dom/vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DirectoryPage } from './DirectoryPage';
import { centers } from './fixtures';

describe('DirectoryPage', () => {
    beforeEach(() => window.history.replaceState(null, '', '/directorio'));

    it('lists every CSA with address, hours, services on site, agencies and a link to its buzón', async () => {
        const load = vi.fn().mockResolvedValue(centers);
        render(<DirectoryPage load={load} />);
        expect(await screen.findByTestId('result-count')).toHaveTextContent('2 centros de servicios');
        const toluca = screen.getByRole('article', { name: 'CSA Toluca' });
        expect(within(toluca).getByText('Av. Independencia Pte. 102, Centro')).toBeInTheDocument();
        expect(within(toluca).getByText('Lunes a viernes, de 09:00 a 18:00 h')).toBeInTheDocument();
        expect(within(toluca).getByRole('list', { name: 'Servicios en el lugar' })).toHaveTextContent(
            'Sucursal bancariaCafeteríaOficina virtual (internet)',
        );
        expect(within(toluca).getByText('2 dependencias en este CSA')).toBeInTheDocument();
        expect(within(toluca).getByRole('link', { name: 'Dejar un comentario en el buzón de CSA Toluca' })).toHaveAttribute(
            'href',
            '/buzon?csa=CSA-TOL',
        );
        expect(screen.getByRole('link', { name: 'descargar JSON (HSDS)' })).toHaveAttribute('href', '/api/public/centers/hsds');
        expect(load).toHaveBeenCalledWith('', expect.any(AbortSignal));
    });

    it('searches the API as the citizen types and opens the agencies that handle the procedure', async () => {
        const user = userEvent.setup();
        // As the API answers: only the centres, agencies and procedures that match.
        const found = { ...centers[0], agencies: [centers[0].agencies[0]] };
        const load = vi.fn().mockImplementation(async (q: string) => (q ? [found] : centers));
        render(<DirectoryPage load={load} />);
        await screen.findByText('2 centros de servicios');
        await user.type(screen.getByRole('searchbox', { name: /Buscar trámite/ }), 'licencia{Enter}');
        expect(await screen.findByText('1 centro ofrece «licencia»')).toBeInTheDocument();
        expect(load).toHaveBeenLastCalledWith('licencia', expect.any(AbortSignal));
        const [semov] = screen.getAllByTestId('agency');
        expect(semov).toHaveAttribute('open');
        expect(within(semov).getAllByTestId('procedure')[0]).toHaveTextContent('Licencia de conducir tipo A');
        expect(window.location.search).toBe('?q=licencia');
    });

    it('says so when no CSA offers it, and when the directory cannot load', async () => {
        const user = userEvent.setup();
        const load = vi.fn().mockResolvedValueOnce(centers).mockResolvedValueOnce([]);
        const { unmount } = render(<DirectoryPage load={load} />);
        await screen.findByText('2 centros de servicios');
        await user.type(screen.getByRole('searchbox'), 'pasaporte{Enter}');
        expect(await screen.findByText(/Ningún CSA ofrece lo que buscó/)).toBeInTheDocument();
        unmount();
        window.history.replaceState(null, '', '/directorio');
        render(<DirectoryPage load={vi.fn().mockRejectedValue(new Error('down'))} />);
        expect(await screen.findByText(/No fue posible cargar el directorio/)).toBeInTheDocument();
    });
});
