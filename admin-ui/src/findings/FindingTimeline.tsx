import { Box, Button, Paper, Typography } from '@mui/material';
import AttachFileIcon from '@mui/icons-material/AttachFile';
import { useTranslate } from 'react-admin';
import { downloadFile } from '../common/download';
import { useNotifyApiError } from '../common/errors';
import { formatTimestamp } from '../common/format';
import type { FindingEvent } from '../compliance/types';

const kindColors: Record<string, string> = {
    opened: '#8A2036',
    started: '#1565C0',
    answered: '#6A1B9A',
    verified: '#2E7D32',
    reopened: '#B26A00',
    overdue: '#B71C1C',
    waived: '#545454',
    comment: '#545454',
};

/** What happened to a finding, oldest first, with the evidence files of each step. */
export const FindingTimeline = ({ events }: { events: FindingEvent[] }) => {
    const translate = useTranslate();
    const notifyApiError = useNotifyApiError();
    if (events.length === 0) return <Typography>{translate('csa.compliance.finding.no_events')}</Typography>;
    const sorted = [...events].sort((a, b) => a.at.localeCompare(b.at));
    return (
        <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0 }} aria-label={translate('csa.compliance.finding.timeline')}>
            {sorted.map(event => (
                <Box
                    component="li"
                    key={String(event.id)}
                    data-testid="finding-event"
                    sx={{ borderLeft: `4px solid ${kindColors[event.kind] ?? '#545454'}`, pl: 2, pb: 2, ml: 1 }}
                >
                    <Typography variant="subtitle1" component="p" sx={{ fontWeight: 700 }}>
                        {translate(`csa.compliance.finding_event.${event.kind}`)}
                    </Typography>
                    <Typography variant="body2" color="text.secondary">
                        {formatTimestamp(event.at)}
                        {event.userName ? ` · ${event.userName}` : ''}
                    </Typography>
                    {event.text ? (
                        <Paper variant="outlined" sx={{ p: 1.5, mt: 0.5, whiteSpace: 'pre-wrap', maxWidth: 800 }}>
                            {event.text}
                        </Paper>
                    ) : null}
                    {(event.files ?? []).length > 0 ? (
                        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mt: 0.5 }}>
                            {(event.files ?? []).map(file => (
                                <Button
                                    key={String(file.id)}
                                    size="small"
                                    startIcon={<AttachFileIcon />}
                                    onClick={() =>
                                        downloadFile(`/finding-files/${encodeURIComponent(String(file.id))}`, file.fileName).catch(notifyApiError)
                                    }
                                >
                                    {file.fileName}
                                </Button>
                            ))}
                        </Box>
                    ) : null}
                </Box>
            ))}
        </Box>
    );
};
