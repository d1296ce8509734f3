import { Box, Button, Paper, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import NavigateBeforeIcon from '@mui/icons-material/NavigateBefore';
import NavigateNextIcon from '@mui/icons-material/NavigateNext';
import { useTranslate } from 'react-admin';
import { SeverityChip } from '../compliance/chips';
import { OutcomePicker } from './OutcomePicker';
import { PhotoCapture } from './PhotoCapture';
import type { Task } from './tasks';
import type { InspectionSync } from './useInspectionSync';

const spaceLabel = (task: Task) =>
    task.space.agencyAcronym ? `${task.space.spaceCode} · ${task.space.agencyAcronym}` : task.space.spaceCode;

/** One item at a time, with large controls and previous / next. */
export const ItemCard = ({
    tasks,
    index,
    onIndex,
    sync,
    readOnly,
}: {
    tasks: Task[];
    index: number;
    onIndex: (i: number) => void;
    sync: InspectionSync;
    readOnly: boolean;
}) => {
    const translate = useTranslate();
    const task = tasks[index];
    if (!task) return null;
    const { item, space } = task;
    const cell = sync.cell(item.id, space.spaceId);
    const nextPending = tasks.findIndex((t, i) => i > index && !sync.cell(t.item.id, t.space.spaceId).outcome);
    return (
        <Paper variant="outlined" component="section" aria-labelledby="record-question" sx={{ p: { xs: 2, sm: 3 } }} data-testid="item-card">
            <Typography variant="body1" color="text.secondary" sx={{ fontWeight: 600 }}>
                {translate('csa.compliance.record.position', { n: index + 1, total: tasks.length })} ·{' '}
                {translate('csa.compliance.record.space', { space: spaceLabel(task) })}
            </Typography>
            <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', my: 1 }}>
                <Typography variant="body1">{`art. ${item.articleNumber ?? ''} · ${item.articleTitle ?? ''}`}</Typography>
                <SeverityChip severity={item.severity} />
            </Box>
            <Typography id="record-question" variant="h5" component="h2" sx={{ my: 2, fontSize: '1.5rem' }}>
                {item.question}
            </Typography>
            <OutcomePicker
                value={cell.outcome}
                onChange={o => sync.setOutcome(item.id, space.spaceId, o)}
                label={translate('csa.compliance.record.outcome_for', { question: item.question, space: space.spaceCode })}
                disabled={readOnly}
            />
            <TextField
                id="record-note"
                label={translate('csa.compliance.record.note')}
                helperText={cell.outcome ? undefined : translate('csa.compliance.record.note_after_outcome')}
                value={cell.note ?? ''}
                onChange={e => sync.setNote(item.id, space.spaceId, e.target.value)}
                disabled={readOnly || !cell.outcome}
                multiline
                minRows={3}
                fullWidth
                sx={{ my: 2 }}
                slotProps={{ htmlInput: { maxLength: 2000, style: { fontSize: '1.1rem' } } }}
            />
            <PhotoCapture
                cell={cell}
                onAdd={file => void sync.addPhoto(item.id, space.spaceId, file)}
                disabled={readOnly || !cell.outcome}
                label={translate('csa.compliance.record.take_photo')}
            />
            <Box sx={{ display: 'flex', gap: 2, mt: 3, flexWrap: 'wrap' }}>
                <Button
                    variant="outlined"
                    size="large"
                    startIcon={<NavigateBeforeIcon />}
                    disabled={index === 0}
                    onClick={() => onIndex(index - 1)}
                    sx={{ minHeight: 56, flex: '1 1 160px' }}
                >
                    {translate('csa.compliance.record.previous')}
                </Button>
                {!readOnly && nextPending > index + 1 ? (
                    <Button variant="outlined" size="large" onClick={() => onIndex(nextPending)} sx={{ minHeight: 56, flex: '1 1 160px' }}>
                        {translate('csa.compliance.record.next_pending')}
                    </Button>
                ) : null}
                <Button
                    variant="contained"
                    size="large"
                    endIcon={<NavigateNextIcon />}
                    disabled={index >= tasks.length - 1}
                    onClick={() => onIndex(index + 1)}
                    sx={{ minHeight: 56, flex: '1 1 160px' }}
                >
                    {translate('csa.compliance.record.next')}
                </Button>
            </Box>
        </Paper>
    );
};

/** Every item of every space in one dense table per space. */
export const ChecklistGrid = ({ tasks, sync, readOnly }: { tasks: Task[]; sync: InspectionSync; readOnly: boolean }) => {
    const translate = useTranslate();
    const spaces = [...new Map(tasks.map(t => [String(t.space.spaceId), t.space])).values()];
    return (
        <Box sx={{ display: 'grid', gap: 2 }}>
            {spaces.map(space => {
                const rows = tasks.filter(t => String(t.space.spaceId) === String(space.spaceId));
                const caption = translate('csa.compliance.record.space', {
                    space: space.agencyAcronym ? `${space.spaceCode} · ${space.agencyAcronym}` : space.spaceCode,
                });
                return (
                    <Paper key={String(space.spaceId)} variant="outlined" sx={{ overflowX: 'auto' }}>
                        <Table size="small" aria-label={caption}>
                            <caption style={{ captionSide: 'top', textAlign: 'left', fontWeight: 700, padding: '12px 16px', color: '#2B2B2B' }}>
                                {caption}
                            </caption>
                            <TableHead>
                                <TableRow>
                                    <TableCell>{translate('csa.compliance.question')}</TableCell>
                                    <TableCell>{translate('csa.compliance.record.outcome')}</TableCell>
                                    <TableCell>{translate('csa.compliance.record.note')}</TableCell>
                                    <TableCell>{translate('csa.compliance.record.photos')}</TableCell>
                                </TableRow>
                            </TableHead>
                            <TableBody>
                                {rows.map(({ item }) => {
                                    const cell = sync.cell(item.id, space.spaceId);
                                    return (
                                        <TableRow key={String(item.id)} data-testid="grid-row">
                                            <TableCell sx={{ minWidth: 200 }}>
                                                <Typography variant="body2" sx={{ fontWeight: 600 }}>
                                                    {item.question}
                                                </Typography>
                                                <Typography variant="caption" color="text.secondary">
                                                    {`art. ${item.articleNumber ?? ''}`}
                                                </Typography>{' '}
                                                <SeverityChip severity={item.severity} />
                                            </TableCell>
                                            <TableCell>
                                                <OutcomePicker
                                                    compact
                                                    value={cell.outcome}
                                                    onChange={o => sync.setOutcome(item.id, space.spaceId, o)}
                                                    label={translate('csa.compliance.record.outcome_for', { question: item.question, space: space.spaceCode })}
                                                    disabled={readOnly}
                                                />
                                            </TableCell>
                                            <TableCell sx={{ minWidth: 180 }}>
                                                <TextField
                                                    size="small"
                                                    label={translate('csa.compliance.record.note')}
                                                    value={cell.note ?? ''}
                                                    onChange={e => sync.setNote(item.id, space.spaceId, e.target.value)}
                                                    disabled={readOnly || !cell.outcome}
                                                    multiline
                                                    fullWidth
                                                />
                                            </TableCell>
                                            <TableCell>
                                                <PhotoCapture
                                                    compact
                                                    cell={cell}
                                                    onAdd={file => void sync.addPhoto(item.id, space.spaceId, file)}
                                                    disabled={readOnly || !cell.outcome}
                                                    label={translate('csa.compliance.record.photo_for', { question: item.question, space: space.spaceCode })}
                                                />
                                            </TableCell>
                                        </TableRow>
                                    );
                                })}
                            </TableBody>
                        </Table>
                    </Paper>
                );
            })}
        </Box>
    );
};
