import { Alert } from '@mui/material';
import { useDataProvider, useTranslate } from 'react-admin';
import { ImportFileDialog } from '../common/ImportFileDialog';
import type { BillImportResult } from '../common/costs';
import type { CsaDataProvider } from '../dataProvider';

export { ImportErrorTable } from '../common/ImportFileDialog';

const BILLS_ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What a clean dry run found: how many bills, and how many of them are new or updated. */
const BillsSummary = ({ result }: { result: BillImportResult }) => {
    const translate = useTranslate();
    return (
        <Alert severity="success" data-testid="import-ready">
            {translate('csa.import.ready', { smart_count: result.rows })}
            {result.created || result.updated
                ? ` ${translate('csa.import.ready_detail', { created: result.created, updated: result.updated })}`
                : ''}
        </Alert>
    );
};

/**
 * "Importar recibos": choose a .csv/.xlsx file, check it with a dry run
 * (every bad row listed by line), then import it all or nothing.
 */
export const ImportBillsDialog = ({
    open,
    onClose,
    onImported,
}: {
    open: boolean;
    onClose: () => void;
    onImported?: (result: BillImportResult) => void;
}) => {
    const dataProvider = useDataProvider<CsaDataProvider>();
    const importFile = async (file: File, dryRun: boolean) => (await dataProvider.importBills(file, dryRun)).data;
    return (
        <ImportFileDialog<BillImportResult>
            open={open}
            onClose={onClose}
            onImported={onImported}
            importFile={importFile}
            titleKey="csa.import.title"
            introKey="csa.import.intro"
            accept={BILLS_ACCEPT}
            renderSummary={result => <BillsSummary result={result} />}
            confirmKey="csa.import.confirm"
            confirmCount={result => result.rows}
        />
    );
};
