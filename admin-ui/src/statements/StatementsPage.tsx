import { useEffect, useState } from 'react';
import {
    Title,
    useCanAccess,
    useDataProvider,
    useGetIdentity,
    useGetList,
    useNotify,
    useTranslate,
} from 'react-admin';
import {
    Alert,
    Box,
    Button,
    Card,
    CardContent,
    CircularProgress,
    FormControlLabel,
    MenuItem,
    Radio,
    RadioGroup,
    TextField,
    Typography,
} from '@mui/material';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import TableViewIcon from '@mui/icons-material/TableView';
import VisibilityIcon from '@mui/icons-material/Visibility';
import type { Statement } from '../common/costs';
import { PERIOD_RE } from '../common/costs';
import { downloadFile } from '../common/download';
import { todayInMexico } from '../common/format';
import { toQuery, type CsaDataProvider } from '../dataProvider';
import { StatementView } from './StatementView';
import { AccessDenied } from '../common/AccessDenied';
import { messageOf } from '../common/errors';

interface AgencyOption {
    id: string;
    name: string;
    acronym?: string;
}

const previousMonth = (today = todayInMexico()) => {
    const [y, m] = today.split('-').map(Number);
    const d = new Date(Date.UTC(y, m - 2, 1));
    return d.toISOString().slice(0, 7);
};

/**
 * "Estados de cuenta": an agency (a liaison's own, fixed) and a month or a year;
 * preview the statement, download it as PDF or Excel.
 */
const StatementsPage = () => {
    const translate = useTranslate();
    const notify = useNotify();
    const dataProvider = useDataProvider<CsaDataProvider>();
    const { canAccess, isPending: checking } = useCanAccess({ resource: 'statements', action: 'read' });
    const { identity } = useGetIdentity();
    const ownAgency = (identity?.agencyId as string | null | undefined) ?? null;
    const { data: agencies } = useGetList<AgencyOption & { id: string }>('agencies', {
        pagination: { page: 1, perPage: 500 },
        sort: { field: 'acronym', order: 'ASC' },
        filter: ownAgency ? { id: [ownAgency] } : {},
    });
    const [agencyId, setAgencyId] = useState('');
    const [scope, setScope] = useState<'period' | 'year'>('period');
    const [period, setPeriod] = useState(previousMonth());
    const [year, setYear] = useState(todayInMexico().slice(0, 4));
    const [statement, setStatement] = useState<Statement | null>(null);
    const [error, setError] = useState<string | null>(null);
    const [busy, setBusy] = useState<'json' | 'pdf' | 'xlsx' | null>(null);

    useEffect(() => {
        if (ownAgency) setAgencyId(String(ownAgency));
    }, [ownAgency]);

    if (checking) return null;
    if (!canAccess) return <AccessDenied />;

    const valid = !!agencyId && (scope === 'period' ? PERIOD_RE.test(period) : /^\d{4}$/.test(year));
    const query = () =>
        scope === 'period' ? { agencyId, period } : { agencyId, year };

    const preview = async () => {
        setBusy('json');
        setError(null);
        try {
            const { data } = await dataProvider.getStatement(query());
            setStatement(data);
        } catch (e) {
            setStatement(null);
            setError(messageOf(e, translate('csa.errors.load')));
        } finally {
            setBusy(null);
        }
    };

    const download = async (format: 'pdf' | 'xlsx') => {
        setBusy(format);
        setError(null);
        const q = query();
        const agency = agencies?.find(a => String(a.id) === agencyId);
        const fallback = `estado-de-cuenta_${agency?.acronym ?? 'unidad'}_${'period' in q ? q.period : q.year}.${format}`;
        try {
            const name = await downloadFile(`/statements${toQuery({ ...q, format })}`, fallback);
            notify('csa.statement.downloaded', { type: 'info', messageArgs: { name } });
        } catch (e) {
            setError(messageOf(e, translate('ra.notification.http_error')));
        } finally {
            setBusy(null);
        }
    };

    return (
        <Box sx={{ mt: 1, mb: 4 }}>
            <Title title={translate('csa.statement.title')} />
            <Typography variant="h5" component="h2" sx={{ my: 1 }}>
                {translate('csa.statement.title')}
            </Typography>
            <Card variant="outlined" component="section" aria-label={translate('csa.statement.choose')} sx={{ mb: 2 }}>
                <CardContent>
                    <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
                        <TextField
                            fullWidth={false}
                            id="statement-agency"
                            select
                            label={translate('csa.statement.agency')}
                            value={agencies ? agencyId : ''}
                            onChange={e => {
                                setAgencyId(e.target.value);
                                setStatement(null);
                            }}
                            disabled={!!ownAgency}
                            sx={{ minWidth: 380 }}
                        >
                            {(agencies ?? []).map(a => (
                                <MenuItem key={a.id} value={String(a.id)}>
                                    {a.acronym ? `${a.acronym} · ${a.name}` : a.name}
                                </MenuItem>
                            ))}
                        </TextField>
                        <RadioGroup
                            row
                            aria-label={translate('csa.statement.scope')}
                            value={scope}
                            onChange={e => {
                                setScope(e.target.value as 'period' | 'year');
                                setStatement(null);
                            }}
                        >
                            <FormControlLabel value="period" control={<Radio />} label={translate('csa.statement.by_period')} />
                            <FormControlLabel value="year" control={<Radio />} label={translate('csa.statement.by_year')} />
                        </RadioGroup>
                        {scope === 'period' ? (
                            <TextField
                                fullWidth={false}
                                id="statement-period"
                                type="month"
                                label={translate('csa.statement.period')}
                                value={period}
                                onChange={e => setPeriod(e.target.value)}
                                slotProps={{ inputLabel: { shrink: true } }}
                            />
                        ) : (
                            <TextField
                                fullWidth={false}
                                id="statement-year"
                                type="number"
                                label={translate('csa.statement.year')}
                                value={year}
                                onChange={e => setYear(e.target.value)}
                                slotProps={{ htmlInput: { min: 2000, max: 2100 } }}
                            />
                        )}
                    </Box>
                    <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mt: 2 }}>
                        <Button
                            variant="contained"
                            onClick={preview}
                            disabled={!valid || busy !== null}
                            startIcon={busy === 'json' ? <CircularProgress size={18} color="inherit" /> : <VisibilityIcon />}
                        >
                            {translate('csa.statement.preview')}
                        </Button>
                        <Button
                            variant="outlined"
                            onClick={() => download('pdf')}
                            disabled={!valid || busy !== null}
                            startIcon={busy === 'pdf' ? <CircularProgress size={18} /> : <PictureAsPdfIcon />}
                        >
                            {translate('csa.statement.pdf')}
                        </Button>
                        <Button
                            variant="outlined"
                            onClick={() => download('xlsx')}
                            disabled={!valid || busy !== null}
                            startIcon={busy === 'xlsx' ? <CircularProgress size={18} /> : <TableViewIcon />}
                        >
                            {translate('csa.statement.xlsx')}
                        </Button>
                    </Box>
                    <Box aria-live="polite" sx={{ mt: 2 }}>
                        {error ? (
                            <Alert severity="error" role="alert">
                                {error}
                            </Alert>
                        ) : null}
                    </Box>
                </CardContent>
            </Card>
            {statement ? (
                <Card variant="outlined">
                    <CardContent>
                        <StatementView statement={statement} />
                    </CardContent>
                </Card>
            ) : null}
        </Box>
    );
};

export default StatementsPage;
