import '@testing-library/jest-dom/vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { testDataProvider } from 'react-admin';
import { TestApp } from '../test/TestApp';
import type { BillImportResult } from '../common/costs';
import { ImportBillsDialog, ImportErrorTable } from './ImportBillsDialog';

const bad: BillImportResult = {
    dryRun: true,
    rows: 4,
    created: 0,
    updated: 0,
    errors: [
        { line: 2, field: 'inmueble', message: 'No existe el inmueble CSA-XXX' },
        { line: 4, field: 'importe', message: 'Debe ser un importe con dos decimales' },
        { line: 4, field: 'periodo', message: 'El periodo 2026-09 está cerrado' },
    ],
};
const good: BillImportResult = { dryRun: true, rows: 3, created: 2, updated: 1, errors: [] };

const csv = (name = 'recibos.csv') => new File(['inmueble,servicio\n'], name, { type: 'text/csv' });

const renderDialog = (importBills: (file: File, dryRun: boolean) => Promise<{ data: BillImportResult }>, onImported = vi.fn()) => {
    render(
        <TestApp dataProvider={testDataProvider({ importBills } as never)}>
            <ImportBillsDialog open onClose={() => undefined} onImported={onImported} />
        </TestApp>,
    );
    return onImported;
};

describe('ImportErrorTable', () => {
    it('lists every rejected row by line, column and message', () => {
        render(
            <TestApp>
                <ImportErrorTable errors={bad.errors} />
            </TestApp>,
        );
        const table = screen.getByRole('table', { name: '3 errores en el archivo' });
        const rows = within(table).getAllByRole('row');
        expect(within(rows[0]).getAllByRole('columnheader').map(c => c.textContent)).toEqual(['Línea', 'Columna', 'Error']);
        expect(rows.slice(1).map(r => within(r).getAllByRole('cell').map(c => c.textContent))).toEqual([
            ['2', 'inmueble', 'No existe el inmueble CSA-XXX'],
            ['4', 'importe', 'Debe ser un importe con dos decimales'],
            ['4', 'periodo', 'El periodo 2026-09 está cerrado'],
        ]);
    });
});

describe('ImportBillsDialog', () => {
    it('checks the chosen file with a dry run and shows every bad row; nothing can be imported', async () => {
        const user = userEvent.setup();
        const importBills = vi.fn().mockResolvedValue({ data: bad });
        renderDialog(importBills);
        await user.upload(screen.getByLabelText('Elegir archivo'), csv());
        expect(importBills).toHaveBeenCalledWith(expect.any(File), true);
        expect(await screen.findByRole('table', { name: '3 errores en el archivo' })).toBeInTheDocument();
        expect(screen.getByText(/El archivo tiene 3 errores/)).toBeInTheDocument();
        expect(screen.getByRole('button', { name: 'Importar' })).toBeDisabled();
    });

    it('says how many bills are ready, then imports them for real', async () => {
        const user = userEvent.setup();
        const importBills = vi
            .fn()
            .mockResolvedValueOnce({ data: good })
            .mockResolvedValueOnce({ data: { ...good, dryRun: false } });
        const onImported = renderDialog(importBills);
        await user.upload(screen.getByLabelText('Elegir archivo'), csv());
        expect(await screen.findByTestId('import-ready')).toHaveTextContent('3 recibos listos para importar. (2 nuevos, 1 actualizados)');
        expect(screen.queryByRole('table')).not.toBeInTheDocument();
        await user.click(screen.getByRole('button', { name: 'Importar 3 recibos' }));
        expect(importBills).toHaveBeenLastCalledWith(expect.any(File), false);
        expect(onImported).toHaveBeenCalledWith(expect.objectContaining({ rows: 3, dryRun: false }));
    });

    it('shows the rows the API rejects at import time (400 with errors)', async () => {
        const user = userEvent.setup();
        const rejected = Object.assign(new Error('El archivo tiene 1 error(es)'), {
            status: 400,
            body: { ...good, dryRun: false, errors: [{ line: 3, field: 'periodo', message: 'El periodo 2026-10 se cerró' }] },
        });
        const importBills = vi.fn().mockResolvedValueOnce({ data: good }).mockRejectedValueOnce(rejected);
        const onImported = renderDialog(importBills);
        await user.upload(screen.getByLabelText('Elegir archivo'), csv());
        await user.click(await screen.findByRole('button', { name: 'Importar 3 recibos' }));
        const table = await screen.findByRole('table', { name: '1 error en el archivo' });
        expect(within(table).getByText('El periodo 2026-10 se cerró')).toBeInTheDocument();
        expect(onImported).not.toHaveBeenCalled();
    });

    it('shows the API message when the file itself is refused', async () => {
        const user = userEvent.setup({ applyAccept: false });
        const refused = Object.assign(new Error('Solo se aceptan archivos .csv o .xlsx'), {
            status: 400,
            body: { statusCode: 400, message: 'Solo se aceptan archivos .csv o .xlsx' },
        });
        renderDialog(vi.fn().mockRejectedValue(refused));
        await user.upload(screen.getByLabelText('Elegir archivo'), csv('recibos.pdf'));
        expect(await screen.findByRole('alert')).toHaveTextContent('Solo se aceptan archivos .csv o .xlsx');
        expect(screen.getByTestId('import-file-name')).toHaveTextContent('recibos.pdf');
    });
});
