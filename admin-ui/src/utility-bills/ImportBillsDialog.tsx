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
    Table,
    TableBody,
    TableCell,
    TableContainer,
    TableHead,
    TableRow,
    Typography,
} from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { useDataProvider, useTranslate } from 'react-admin';
import type { BillImportError, BillImportResult } from '../common/costs';
import type { CsaDataProvider } from '../dataProvider';

type Step = 'choose' | 'checking' | 'checked' | 'importing';

interface ApiErrorLike {
    status?: number;
    message?: string;
    body?: Partial<BillImportResult> & { message?: string | string[] };
}

/** The table of rejected rows: one row per error, by line of the file. */
export const ImportErrorTable = ({ errors }: { errors: BillImportError[] }) => {
    const translate = useTranslate();
    const captionId = useId();
    return (
        <TableContainer sx={{ maxHeight: 360, border: 1, borderColor: 'divider', borderRadius: 1 }}>
            <Table size="small" stickyHeader aria-labelledby={captionId}>
                <caption id={captionId} style={{ captionSide: 'top', textAlign: 'left', padding: '8px 16px' }}>
                    {translate('csa.import.errors_caption', { smart_count: errors.length })}
                </caption>
                <TableHead>
                    <TableRow>
                        <TableCell scope="col">{translate('csa.import.line')}</TableCell>
                        <TableCell scope="col">{translate('csa.import.field')}</TableCell>
                        <TableCell scope="col">{translate('csa.import.message')}</TableCell>
                    </TableRow>
                </TableHead>
                <TableBody>
                    {errors.map((e, i) => (
                        <TableRow key={`${e.line}-${e.field ?? ''}-${i}`}>
                            <TableCell>{e.line}</TableCell>
                            <TableCell>{e.field || '—'}</TableCell>
                            <TableCell>{e.message}</TableCell>
                        </TableRow>
                    ))}
                </TableBody>
            </Table>
        </TableContainer>
    );
};

const resultOf = (error: unknown): BillImportResult | null => {
    const body = (error as ApiErrorLike | null)?.body;
    return body && Array.isArray(body.errors) ? (body as BillImportResult) : null;
};

const messageOf = (error: unknown): string => {
    const e = error as ApiErrorLike | null;
    const m = e?.body?.message ?? e?.message;
    return Array.isArray(m) ? m.join(' ') : (m ?? '');
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
    const translate = useTranslate();
    const dataProvider = useDataProvider<CsaDataProvider>();
    const inputRef = useRef<HTMLInputElement>(null);
    const inputId = useId();
    const [file, setFile] = useState<File | null>(null);
    const [step, setStep] = useState<Step>('choose');
    const [result, setResult] = useState<BillImportResult | null>(null);
    const [failure, setFailure] = useState<string | null>(null);

    const reset = () => {
        setFile(null);
        setStep('choose');
        setResult(null);
        setFailure(null);
        if (inputRef.current) inputRef.current.value = '';
    };

    const close = () => {
        if (step === 'checking' || step === 'importing') return;
        reset();
        onClose();
    };

    const check = async (chosen: File) => {
        setStep('checking');
        setResult(null);
        setFailure(null);
        try {
            const { data } = await dataProvider.importBills(chosen, true);
            setResult(data);
        } catch (error) {
            const r = resultOf(error);
            if (r) setResult(r);
            else setFailure(messageOf(error) || translate('csa.import.failed'));
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
            const { data } = await dataProvider.importBills(file, false);
            reset();
            onImported?.(data);
        } catch (error) {
            const r = resultOf(error);
            if (r) setResult(r);
            else setFailure(messageOf(error) || translate('csa.import.failed'));
            setStep('checked');
        }
    };

    const ready = step === 'checked' && !failure && result !== null && result.errors.length === 0;
    const busy = step === 'checking' || step === 'importing';

    return (
        <Dialog open={open} onClose={close} maxWidth="md" fullWidth aria-labelledby={`${inputId}-title`}>
            <DialogTitle id={`${inputId}-title`}>{translate('csa.import.title')}</DialogTitle>
            <DialogContent>
                <Typography variant="body2" sx={{ mb: 2 }}>
                    {translate('csa.import.intro')}
                </Typography>
                <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 2, flexWrap: 'wrap' }}>
                    <Button variant="outlined" component="label" htmlFor={inputId} startIcon={<UploadFileIcon />} disabled={busy}>
                        {translate('csa.import.choose')}
                        <input
                            ref={inputRef}
                            id={inputId}
                            type="file"
                            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                            onChange={onFile}
                            aria-label={translate('csa.import.choose')}
                            style={{ position: 'absolute', width: 1, height: 1, opacity: 0, overflow: 'hidden' }}
                        />
                    </Button>
                    <Typography variant="body2" data-testid="import-file-name">
                        {file ? file.name : translate('csa.import.no_file')}
                    </Typography>
                    {busy ? <CircularProgress size={20} aria-label={translate('csa.import.checking')} /> : null}
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
                    {ready && result ? (
                        <Alert severity="success" data-testid="import-ready">
                            {translate('csa.import.ready', { smart_count: result.rows })}
                            {result.created || result.updated
                                ? ` ${translate('csa.import.ready_detail', { created: result.created, updated: result.updated })}`
                                : ''}
                        </Alert>
                    ) : null}
                </Box>
            </DialogContent>
            <DialogActions>
                <Button onClick={close} disabled={busy}>
                    {translate('ra.action.cancel')}
                </Button>
                <Button variant="contained" onClick={confirm} disabled={!ready || busy}>
                    {result && ready
                        ? translate('csa.import.confirm', { smart_count: result.rows })
                        : translate('csa.import.confirm_plain')}
                </Button>
            </DialogActions>
        </Dialog>
    );
};
