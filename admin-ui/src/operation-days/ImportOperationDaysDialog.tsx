import { useId, useRef, useState, type ChangeEvent } from 'react';
import {
    Alert,
    Box,
    Button,
    CircularProgress,
    Dialog,
    DialogActions,
    DialogContent,
    DialogTitle,
    Typography,
} from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { useTranslate } from 'react-admin';
import { formatDate } from '../common/format';
import { importOperationDays } from '../operations/api';
import { messageOf } from '../operations/errors';
import type { OperationImportResult } from '../operations/types';
import { ImportErrorTable } from '../utility-bills/ImportBillsDialog';

type Step = 'choose' | 'checking' | 'checked' | 'importing';

const resultOf = (error: unknown): OperationImportResult | null => {
    const body = (error as { body?: Partial<OperationImportResult> } | null)?.body;
    return body && Array.isArray(body.errors) ? (body as OperationImportResult) : null;
};

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
}) => {
    const translate = useTranslate();
    const inputRef = useRef<HTMLInputElement>(null);
    const inputId = useId();
    const [file, setFile] = useState<File | null>(null);
    const [step, setStep] = useState<Step>('choose');
    const [result, setResult] = useState<OperationImportResult | null>(null);
    const [failure, setFailure] = useState<string | null>(null);

    const reset = () => {
        setFile(null);
        setStep('choose');
        setResult(null);
        setFailure(null);
        if (inputRef.current) inputRef.current.value = '';
    };

    const busy = step === 'checking' || step === 'importing';
    const close = () => {
        if (busy) return;
        reset();
        onClose();
    };

    const fail = (error: unknown) => {
        const r = resultOf(error);
        if (r) setResult(r);
        else setFailure(messageOf(error, translate('csa.import.failed')));
    };

    const check = async (chosen: File) => {
        setStep('checking');
        setResult(null);
        setFailure(null);
        try {
            setResult(await importFile(chosen, true));
        } catch (error) {
            fail(error);
        }
        setStep('checked');
    };

    const onFile = (event: ChangeEvent<HTMLInputElement>) => {
        const chosen = event.target.files?.[0] ?? null;
        setFile(chosen);
        if (chosen) void check(chosen);
    };

    const confirm = async () => {
        if (!file) return;
        setStep('importing');
        try {
            const data = await importFile(file, false);
            reset();
            onImported?.(data);
        } catch (error) {
            fail(error);
            setStep('checked');
        }
    };

    const ready = step === 'checked' && !failure && result !== null && result.errors.length === 0;

    return (
        <Dialog open={open} onClose={close} maxWidth="md" fullWidth aria-labelledby={`${inputId}-title`}>
            <DialogTitle id={`${inputId}-title`}>{translate('csa.ops_import.title')}</DialogTitle>
            <DialogContent>
                <Typography variant="body2" sx={{ mb: 1 }}>
                    {translate('csa.ops_import.intro')}
                </Typography>
                <Box component="pre" sx={{ fontSize: 12, bgcolor: 'grey.100', p: 1, borderRadius: 1, overflowX: 'auto', mt: 0, mb: 2 }}>
                    {'building,date,agency,visitors,procedures,status,closed_reason\nCSA-TOL,2026-03-02,IFREM,412,380,open,\nCSA-TOL,2026-03-03,,,,closed,Falla eléctrica'}
                </Box>
                <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 2, flexWrap: 'wrap' }}>
                    <Button variant="outlined" component="label" htmlFor={inputId} startIcon={<UploadFileIcon />} disabled={busy}>
                        {translate('csa.import.choose')}
                        <input
                            ref={inputRef}
                            id={inputId}
                            type="file"
                            accept=".csv,text/csv"
                            onChange={onFile}
                            aria-label={translate('csa.import.choose')}
                            style={{ position: 'absolute', width: 1, height: 1, opacity: 0, overflow: 'hidden' }}
                        />
                    </Button>
                    <Typography variant="body2" data-testid="import-file-name">
                        {file ? file.name : translate('csa.import.no_file')}
                    </Typography>
                    {busy ? (
                        <CircularProgress
                            size={20}
                            aria-label={translate(step === 'importing' ? 'csa.ops_import.importing' : 'csa.import.checking')}
                        />
                    ) : null}
                </Box>
                <Box aria-live="polite">
                    {failure ? (
                        <Alert severity="error" role="alert">
                            {failure}
                        </Alert>
                    ) : null}
                    {step !== 'checking' && result && result.errors.length > 0 ? (
                        <>
                            <Alert severity="error" sx={{ mb: 1 }}>
                                {translate('csa.import.has_errors', { smart_count: result.errors.length, rows: result.rows })}
                            </Alert>
                            <ImportErrorTable errors={result.errors} />
                        </>
                    ) : null}
                    {ready && result ? <ImportSummary result={result} /> : null}
                </Box>
            </DialogContent>
            <DialogActions>
                <Button onClick={close} disabled={busy}>
                    {translate('ra.action.cancel')}
                </Button>
                <Button variant="contained" onClick={confirm} disabled={!ready || busy}>
                    {result && ready
                        ? translate('csa.ops_import.confirm', { smart_count: result.days })
                        : translate('csa.import.confirm_plain')}
                </Button>
            </DialogActions>
        </Dialog>
    );
};
