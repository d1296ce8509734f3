import {
    EditButton,
    ListButton,
    SelectField,
    Show,
    SimpleShowLayout,
    TextField,
    TopToolbar,
    useCanAccess,
    useNotify,
    useRecordContext,
    useRefresh,
    useTranslate,
    useUpdate,
} from 'react-admin';
import { Button } from '@mui/material';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import ManageSearchIcon from '@mui/icons-material/ManageSearch';
import ReplyIcon from '@mui/icons-material/Reply';
import { useNotifyApiError } from '../common/errors';
import { DateOnlyField } from '../common/fields';
import { priorityChoices } from '../operations/choices';
import type { Suggestion } from '../operations/types';
import { CategoryField, RatingField, SuggestionStatusField } from './fields';

/** Move a suggestion to another status (in review, closed). */
const StatusButton = ({ status, label, icon }: { status: 'in_review' | 'closed'; label: string; icon: React.ReactElement }) => {
    const record = useRecordContext<Suggestion>();
    const translate = useTranslate();
    const notify = useNotify();
    const notifyError = useNotifyApiError();
    const refresh = useRefresh();
    const [update, { isPending }] = useUpdate();
    if (!record) return null;
    return (
        <Button
            size="small"
            startIcon={icon}
            disabled={isPending}
            onClick={() =>
                update(
                    'suggestions',
                    { id: record.id, data: { status }, previousData: record },
                    {
                        mutationMode: 'pessimistic',
                        onSuccess: () => {
                            notify('csa.suggestion.status_changed', { type: 'success' });
                            refresh();
                        },
                        onError: notifyError,
                    },
                )
            }
        >
            {translate(label)}
        </Button>
    );
};

const Actions = () => {
    const record = useRecordContext<Suggestion>();
    const { canAccess: canUpdate } = useCanAccess({ resource: 'suggestions', action: 'edit' });
    return (
        <TopToolbar>
            <ListButton />
            {canUpdate && record && record.status !== 'closed' ? (
                <>
                    {record.status === 'new' ? <StatusButton status="in_review" label="csa.suggestion.review" icon={<ManageSearchIcon />} /> : null}
                    <EditButton label="csa.suggestion.answer_action" icon={<ReplyIcon />} />
                    <StatusButton status="closed" label="csa.suggestion.close" icon={<DoneAllIcon />} />
                </>
            ) : null}
        </TopToolbar>
    );
};

const SuggestionTitle = () => {
    const record = useRecordContext<Suggestion>();
    const translate = useTranslate();
    return <span>{record ? translate('csa.suggestion.title', { folio: record.folio }) : ''}</span>;
};

const SuggestionShow = () => (
    <Show actions={<Actions />} title={<SuggestionTitle />}>
        <SimpleShowLayout>
            <TextField source="folio" />
            <DateOnlyField source="createdOn" />
            <TextField source="buildingCode" />
            <TextField source="agencyAcronym" emptyText="—" />
            <CategoryField label="resources.suggestions.fields.category" />
            <RatingField label="resources.suggestions.fields.rating" />
            <TextField source="text" sx={{ whiteSpace: 'pre-wrap' }} />
            <SuggestionStatusField label="resources.suggestions.fields.status" />
            <SelectField source="priority" choices={priorityChoices} />
            <TextField source="answer" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
            <DateOnlyField source="answeredOn" />
            <TextField source="answeredByUsername" emptyText="—" />
            <DateOnlyField source="closedOn" />
        </SimpleShowLayout>
    </Show>
);

export default SuggestionShow;
