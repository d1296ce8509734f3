import { AutocompleteInput, type AutocompleteInputProps, ReferenceInput } from 'react-admin';

type AgencyInputProps = Omit<AutocompleteInputProps, 'source'> & { source: string; alwaysOn?: boolean };

/** Picks an agency by typing part of its name or acronym (the API's `q` search). */
export const AgencyInput = ({ source, alwaysOn: _alwaysOn, ...props }: AgencyInputProps) => (
    <ReferenceInput source={source} reference="agencies" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput optionText="name" filterToQuery={q => ({ q })} {...props} />
    </ReferenceInput>
);
