import { Alert } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ImportFileDialog } from '../common/ImportFileDialog';
import { formatDate } from '../common/format';
import { importOperationDays } from '../operations/api';
import type { OperationImportResult } from '../operations/types';

const EXAMPLE =
    'building,date,agency,visitors,procedures,status,closed_reason\nCSA-TOL,2026-03-02,IFREM,412,380,open,\nCSA-TOL,2026-03-03,,,,closed,Falla eléctrica';

/** What a clean dry run found: rows, days, buildings and the dates they cover. */
export const ImportSummary = ({ result }: { result: OperationImportResult }) => {
    const translate = useTranslate();
    return (
        <Alert severity="success" data-testid="import-ready">
            {translate('csa.ops_import.ready', {
                smart_count: result.rows,
                days: result.days,
                buildings: result.buildings,
                from: formatDate(result.from),
                to: formatDate(result.to),
            })}{' '}
            {translate('csa.ops_import.replaces')}
        </Alert>
    );
};

/**
 * "Importar bitácora": a CSV of one row per building, day and agency. A dry run lists every bad
 * row by line; only a clean file can be imported, all of it at once.
 */
export const ImportOperationDaysDialog = ({
    open,
    onClose,
    onImported,
    importFile = importOperationDays,
}: {
    open: boolean;
    onClose: () => void;
    onImported?: (result: OperationImportResult) => void;
    importFile?: (file: File, dryRun: boolean) => Promise<OperationImportResult>;
}) => (
    <ImportFileDialog<OperationImportResult>
        open={open}
        onClose={onClose}
        onImported={onImported}
        importFile={importFile}
        titleKey="csa.ops_import.title"
        introKey="csa.ops_import.intro"
        example={EXAMPLE}
        accept=".csv,text/csv"
        renderSummary={result => <ImportSummary result={result} />}
        confirmKey="csa.ops_import.confirm"
        confirmCount={result => result.days}
        importingKey="csa.ops_import.importing"
    />
);
