import { BooleanField, EditButton, Show, SimpleShowLayout, TextField, TopToolbar, useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { Link, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { SeverityChip } from '../compliance/chips';
import type { Checklist } from '../compliance/types';

const Actions = () => {
    const { canAccess } = useCanAccess({ resource: 'checklists', action: 'update' });
    return <TopToolbar>{canAccess ? <EditButton /> : null}</TopToolbar>;
};

/** The items in order, each with the article it checks. */
const Items = () => {
    const record = useRecordContext<Checklist>();
    const translate = useTranslate();
    const items = [...(record?.items ?? [])].sort((a, b) => a.position - b.position);
    return (
        <Table size="small" aria-label={translate('resources.checklists.fields.items')}>
            <TableHead>
                <TableRow>
                    <TableCell>#</TableCell>
                    <TableCell>{translate('csa.compliance.question')}</TableCell>
                    <TableCell>{translate('csa.compliance.article')}</TableCell>
                    <TableCell>{translate('resources.articles.fields.category')}</TableCell>
                    <TableCell>{translate('resources.articles.fields.severity')}</TableCell>
                </TableRow>
            </TableHead>
            <TableBody>
                {items.map(item => (
                    <TableRow key={String(item.id ?? item.position)}>
                        <TableCell>{item.position}</TableCell>
                        <TableCell>{item.question}</TableCell>
                        <TableCell>
                            <Link href={`#/articles/${encodeURIComponent(String(item.articleId))}/show`}>
                                {`art. ${item.articleNumber ?? ''} · ${item.articleTitle ?? ''}`}
                            </Link>
                        </TableCell>
                        <TableCell>{item.category ? translate(`csa.compliance.category.${item.category}`) : ''}</TableCell>
                        <TableCell>
                            <SeverityChip severity={item.severity} />
                        </TableCell>
                    </TableRow>
                ))}
            </TableBody>
        </Table>
    );
};

const ChecklistShow = () => (
    <Show actions={<Actions />}>
        <SimpleShowLayout>
            <TextField source="name" />
            <TextField source="description" emptyText="—" />
            <BooleanField source="active" />
            <Items />
        </SimpleShowLayout>
    </Show>
);

export default ChecklistShow;
