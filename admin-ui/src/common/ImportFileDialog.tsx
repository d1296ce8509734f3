import { useId, useRef, useState, type ChangeEvent, type ReactNode } from 'react';
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
import { useTranslate } from 'react-admin';
import { FILE_BUTTON_SX } from './fileButton';
import { messageOf } from './errors';

/** One rejected row of an imported file. */
export interface ImportRowError {
    line: number;
    field?: string | null;
    message: string;
}

/** What every import endpoint answers: how many rows it read and the ones it rejected. */
export interface ImportFileResult {
    rows: number;
    errors: ImportRowError[];
}

type Step = 'choose' | 'checking' | 'checked' | 'importing';

/** The table of rejected rows: one row per error, by line of the file. */
export const ImportErrorTable = ({ errors }: { errors: ImportRowError[] }) => {
    const translate = useTranslate();
    const captionId = useId();
    return (
        // It scrolls: focusable and named, so that the keyboard can scroll it too.
        <TableContainer sx={{ maxHeight: 360, border: 1, borderColor: 'divider', borderRadius: 1 }} tabIndex={0} role="region" aria-labelledby={captionId}>
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

/** The rows the API refused, when an error carries them (a 400 with `errors`). */
const resultOf = <R extends ImportFileResult>(error: unknown): R | null => {
    const body = (error as { body?: Partial<R> } | null)?.body;
    return body && Array.isArray(body.errors) ? (body as R) : null;
};

export interface ImportFileDialogProps<R extends ImportFileResult> {
    open: boolean;
    onClose: () => void;
    onImported?: (result: R) => void;
    /** Sends the file; with `dryRun` the API only checks it. */
    importFile: (file: File, dryRun: boolean) => Promise<R>;
    /** i18n keys of the title and the introduction. */
    titleKey: string;
    introKey: string;
    /** A few lines of a valid file, shown under the introduction. */
    example?: string;
    /** The `accept` of the file input. */
    accept: string;
    /** What a clean dry run found (an element with `data-testid="import-ready"`). */
    renderSummary: (result: R) => ReactNode;
    /** i18n key of the import button once the file is clean, and its `smart_count`. */
    confirmKey: string;
    confirmCount: (result: R) => number;
    /** i18n key of the spinner's name while importing (while checking it is `csa.import.checking`). */
    importingKey?: string;
}

/**
 * Choose a file, check it with a dry run (every bad row listed by line), then import it all or
 * nothing: only a clean file can be imported.
 */
export const ImportFileDialog = <R extends ImportFileResult>({
    open,
    onClose,
    onImported,
    importFile,
    titleKey,
    introKey,
    example,
    accept,
    renderSummary,
    confirmKey,
    confirmCount,
    importingKey = 'csa.import.checking',
}: ImportFileDialogProps<R>) => {
    const translate = useTranslate();
    const inputRef = useRef<HTMLInputElement>(null);
    const inputId = useId();
    const [file, setFile] = useState<File | null>(null);
    const [step, setStep] = useState<Step>('choose');
    const [result, setResult] = useState<R | null>(null);
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
        const r = resultOf<R>(error);
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
            <DialogTitle id={`${inputId}-title`}>{translate(titleKey)}</DialogTitle>
            <DialogContent>
                <Typography variant="body2" sx={{ mb: example ? 1 : 2 }}>
                    {translate(introKey)}
                </Typography>
                {example ? (
                    <Box component="pre" sx={{ fontSize: 12, bgcolor: 'grey.100', p: 1, borderRadius: 1, overflowX: 'auto', mt: 0, mb: 2 }}>
                        {example}
                    </Box>
                ) : null}
                <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 2, flexWrap: 'wrap' }}>
                    <Button variant="outlined" component="label" role={undefined} tabIndex={-1} htmlFor={inputId} startIcon={<UploadFileIcon />} disabled={busy} sx={FILE_BUTTON_SX}>
                        {translate('csa.import.choose')}
                        <input
                            ref={inputRef}
                            id={inputId}
                            type="file"
                            accept={accept}
                            onChange={onFile}
                            disabled={busy}
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
                            aria-label={translate(step === 'importing' ? importingKey : 'csa.import.checking')}
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
                    {ready && result ? renderSummary(result) : null}
                </Box>
            </DialogContent>
            <DialogActions>
                <Button onClick={close} disabled={busy}>
                    {translate('ra.action.cancel')}
                </Button>
                <Button variant="contained" onClick={confirm} disabled={!ready || busy}>
                    {result && ready
                        ? translate(confirmKey, { smart_count: confirmCount(result) })
                        : translate('csa.import.confirm_plain')}
                </Button>
            </DialogActions>
        </Dialog>
    );
};
