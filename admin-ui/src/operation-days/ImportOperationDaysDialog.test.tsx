import '@testing-library/jest-dom/vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TestApp } from '../test/TestApp';
import type { OperationImportResult } from '../operations/types';
import { ImportOperationDaysDialog } from './ImportOperationDaysDialog';

const clean: OperationImportResult = { dryRun: true, rows: 1200, days: 110, buildings: 2, from: '2026-01-02', to: '2026-03-31', errors: [], imported: 0 };
const bad: OperationImportResult = {
    ...clean,
    errors: [
        { line: 7, field: 'building', message: 'No existe el inmueble CSA-XXX' },
        { line: 12, field: 'closed_reason', message: 'Un día cerrado necesita su motivo' },
    ],
};
const csv = () => new File(['building,date,agency,visitors,procedures,status,closed_reason\n'], 'bitacora.csv', { type: 'text/csv' });

const renderDialog = (importFile: (file: File, dryRun: boolean) => Promise<OperationImportResult>, onImported = vi.fn()) => {
    render(
        <TestApp>
            <ImportOperationDaysDialog open onClose={() => undefined} onImported={onImported} importFile={importFile} />
        </TestApp>,
    );
    return onImported;
};

describe('ImportOperationDaysDialog', () => {
    it('lists every bad row of the dry run by line and imports nothing', async () => {
        const user = userEvent.setup();
        const importFile = vi.fn().mockResolvedValue(bad);
        renderDialog(importFile);
        await user.upload(screen.getByLabelText('Elegir archivo'), csv());
        expect(importFile).toHaveBeenCalledWith(expect.any(File), true);
        const table = await screen.findByRole('table', { name: '2 errores en el archivo' });
        expect(within(table).getAllByRole('row').slice(1).map(r => within(r).getAllByRole('cell').map(c => c.textContent))).toEqual([
            ['7', 'building', 'No existe el inmueble CSA-XXX'],
            ['12', 'closed_reason', 'Un día cerrado necesita su motivo'],
        ]);
        expect(screen.getByRole('button', { name: 'Importar' })).toBeDisabled();
        expect(importFile).toHaveBeenCalledTimes(1);
    });

    it('summarises a clean file (rows, days, buildings, dates in dd/mm/aaaa), then imports it', async () => {
        const user = userEvent.setup();
        const importFile = vi.fn().mockResolvedValueOnce(clean).mockResolvedValueOnce({ ...clean, dryRun: false, imported: 1200 });
        const onImported = renderDialog(importFile);
        await user.upload(screen.getByLabelText('Elegir archivo'), csv());
        expect(await screen.findByTestId('import-ready')).toHaveTextContent(
            '1200 filas listas: 110 días de 2 inmuebles, del 02/01/2026 al 31/03/2026. Los días que ya estaban registrados se reemplazan.',
        );
        await user.click(screen.getByRole('button', { name: 'Importar 110 días' }));
        expect(importFile).toHaveBeenLastCalledWith(expect.any(File), false);
        expect(onImported).toHaveBeenCalledWith(expect.objectContaining({ imported: 1200, dryRun: false }));
    });

    it('shows the rows the API refuses at import time (400 with errors) and the message of a refused file', async () => {
        const user = userEvent.setup();
        const refusedRows = Object.assign(new Error('El archivo tiene errores'), {
            status: 400,
            body: { ...clean, dryRun: false, errors: [{ line: 3, field: 'agency', message: 'No existe la dependencia XYZ' }] },
        });
        const importFile = vi.fn().mockResolvedValueOnce(clean).mockRejectedValueOnce(refusedRows);
        const onImported = renderDialog(importFile);
        await user.upload(screen.getByLabelText('Elegir archivo'), csv());
        await user.click(await screen.findByRole('button', { name: 'Importar 110 días' }));
        expect(await screen.findByRole('table', { name: '1 error en el archivo' })).toHaveTextContent('No existe la dependencia XYZ');
        expect(onImported).not.toHaveBeenCalled();
    });

    it("shows the API's message when the file itself is refused", async () => {
        const user = userEvent.setup({ applyAccept: false });
        const refused = Object.assign(new Error('x'), { status: 400, body: { statusCode: 400, message: 'El archivo debe ser CSV en UTF-8' } });
        renderDialog(vi.fn().mockRejectedValue(refused));
        await user.upload(screen.getByLabelText('Elegir archivo'), csv());
        expect(await screen.findByRole('alert')).toHaveTextContent('El archivo debe ser CSV en UTF-8');
    });
});
