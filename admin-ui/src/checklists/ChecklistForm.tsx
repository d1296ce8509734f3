import {
    ArrayInput,
    AutocompleteInput,
    BooleanInput,
    ReferenceInput,
    SimpleForm,
    SimpleFormIterator,
    TextInput,
    maxLength,
    required,
} from 'react-admin';
import type { Checklist, ChecklistItem } from '../compliance/types';

const articleText = (a: { regulationCode?: string; number?: string; title?: string }) =>
    `${a.regulationCode ?? ''} art. ${a.number ?? ''} · ${a.title ?? ''}`.trim();

/** Only the writable fields; positions follow the order on screen. */
export const checklistTransform = (data: Partial<Checklist>) => ({
    name: data.name,
    description: data.description ?? null,
    active: data.active ?? true,
    items: (data.items ?? []).map((item: ChecklistItem, index: number) => ({
        ...(item.id ? { id: item.id } : {}),
        articleId: item.articleId,
        position: index + 1,
        question: item.question,
    })),
});

export const ChecklistForm = () => (
    <SimpleForm>
        <TextInput source="name" validate={[required(), maxLength(150)]} fullWidth />
        <TextInput source="description" multiline minRows={2} fullWidth validate={maxLength(2000)} />
        <BooleanInput source="active" />
        <ArrayInput source="items" validate={required()}>
            <SimpleFormIterator inline fullWidth>
                <ReferenceInput source="articleId" reference="articles" sort={{ field: 'number', order: 'ASC' }} filter={{ inForce: true }}>
                    <AutocompleteInput
                        label="resources.checklists.fields.articleId"
                        optionText={articleText}
                        filterToQuery={q => ({ q })}
                        validate={required()}
                        sx={{ minWidth: 320 }}
                    />
                </ReferenceInput>
                <TextInput source="question" label="resources.checklists.fields.question" validate={[required(), maxLength(500)]} sx={{ minWidth: 420 }} />
            </SimpleFormIterator>
        </ArrayInput>
    </SimpleForm>
);
