import { Edit, Labeled, SelectInput, SimpleForm, TextField, TextInput, maxLength, useRecordContext, useTranslate } from 'react-admin';
import { Alert, Box } from '@mui/material';
import { useFormErrorHandler } from '../common/errors';
import { DateOnlyField } from '../common/fields';
import { priorityChoices, suggestionStatusChoices } from '../operations/choices';
import type { Suggestion } from '../operations/types';
import { CategoryField, RatingField } from './fields';

/** The citizen's comment, read-only above the answer. */
const Comment = () => {
    const record = useRecordContext<Suggestion>();
    if (!record) return null;
    return (
        <Box sx={{ display: 'grid', gap: 1, mb: 2, width: '100%' }}>
            <Box sx={{ display: 'flex', gap: 3, flexWrap: 'wrap' }}>
                <Labeled source="folio"><TextField source="folio" /></Labeled>
                <Labeled source="createdOn"><DateOnlyField source="createdOn" /></Labeled>
                <Labeled source="buildingCode"><TextField source="buildingCode" /></Labeled>
                <Labeled source="agencyAcronym"><TextField source="agencyAcronym" emptyText="—" /></Labeled>
                <Labeled label="resources.suggestions.fields.category"><CategoryField /></Labeled>
                <Labeled label="resources.suggestions.fields.rating"><RatingField /></Labeled>
            </Box>
            <Labeled source="text"><TextField source="text" sx={{ whiteSpace: 'pre-wrap' }} /></Labeled>
        </Box>
    );
};

/**
 * Only what the API accepts: status, priority and the answer. With an answer the API marks it
 * answered, unless it is being closed.
 */
export const transform = (data: Suggestion) => {
    const answer = data.answer?.trim();
    const keepStatus = !answer || data.status === 'closed' || data.status === 'answered';
    return { priority: data.priority, ...(keepStatus ? { status: data.status } : {}), ...(answer ? { answer } : {}) };
};

/** "Responder": the public answer (shown by folio), the priority and the status. */
const SuggestionEdit = () => {
    const onError = useFormErrorHandler();
    const translate = useTranslate();
    return (
        <Edit mutationMode="pessimistic" redirect="show" transform={transform} mutationOptions={{ onError }}>
            <SimpleForm>
                <Comment />
                <Alert severity="info" sx={{ mb: 2 }}>
                    {translate('csa.suggestion.answer_help')}
                </Alert>
                <TextInput source="answer" multiline minRows={4} fullWidth validate={maxLength(4000)} />
                <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
                    <SelectInput source="priority" choices={priorityChoices} />
                    <SelectInput source="status" choices={suggestionStatusChoices} helperText="csa.suggestion.status_help" />
                </Box>
            </SimpleForm>
        </Edit>
    );
};

export default SuggestionEdit;
