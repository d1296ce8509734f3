import {
    ArrayInput,
    AutocompleteInput,
    DateInput,
    FormDataConsumer,
    NumberInput,
    RadioButtonGroupInput,
    ReferenceInput,
    SimpleForm,
    SimpleFormIterator,
    TextInput,
    maxLength,
    minValue,
    number,
    required,
} from 'react-admin';
import { Box } from '@mui/material';
import { AgencyInput } from '../common/AgencyInput';
import { dayStatusChoices } from '../operations/choices';

const count = [required(), number(), minValue(0)];

/** A closed day needs its reason; an open day's counts are per agency. */
const validateDay = (values: Record<string, unknown>) => {
    const errors: Record<string, string> = {};
    if (values.status === 'closed' && !String(values.closedReason ?? '').trim()) errors.closedReason = 'csa.operation_day.reason_required';
    return errors;
};

/** Building and date identify the day: fixed once it exists (PUT replaces the rest). */
export const OperationDayForm = ({ edit = false }: { edit?: boolean }) => (
    <SimpleForm defaultValues={{ status: 'open', counts: [] }} validate={validateDay}>
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
            <ReferenceInput source="buildingId" reference="buildings" sort={{ field: 'code', order: 'ASC' }}>
                <AutocompleteInput optionText="code" filterToQuery={q => ({ q })} validate={required()} disabled={edit} sx={{ minWidth: 220 }} />
            </ReferenceInput>
            <DateInput source="date" validate={required()} disabled={edit} />
        </Box>
        <RadioButtonGroupInput source="status" choices={dayStatusChoices} validate={required()} />
        <FormDataConsumer>
            {({ formData }) =>
                formData.status === 'closed' ? (
                    <TextInput source="closedReason" validate={[required(), maxLength(300)]} fullWidth />
                ) : (
                    <ArrayInput source="counts" label="csa.operation_day.counts">
                        <SimpleFormIterator inline disableReordering>
                            <AgencyInput source="agencyId" validate={required()} label="csa.operation_day.agency" sx={{ minWidth: 280 }} />
                            <NumberInput source="visitors" validate={count} min={0} step={1} label="resources.operation-days.fields.visitors" />
                            <NumberInput source="procedures" validate={count} min={0} step={1} label="resources.operation-days.fields.procedures" />
                        </SimpleFormIterator>
                    </ArrayInput>
                )
            }
        </FormDataConsumer>
    </SimpleForm>
);

/** What the API receives: an open day has no reason, a closed day no counts. */
export const transformDay = (data: Record<string, unknown>) =>
    data.status === 'closed' ? { ...data, counts: [] } : { ...data, closedReason: null };
