import {
    BooleanInput,
    PasswordInput,
    ReferenceArrayInput,
    AutocompleteArrayInput,
    SelectInput,
    SimpleForm,
    TextInput,
    email,
    maxLength,
    minLength,
    required,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { Box } from '@mui/material';
import { roleChoices } from '../common/choices';
import { AgencyInput } from '../common/AgencyInput';

export const AGENCY_ROLES = ['agency_liaison', 'clerk'];
export const BUILDING_ROLES = ['building_admin', 'clerk', 'reception', 'kiosk'];
/** One building only: a clerk's counters and a kiosk are in one CSA. */
const SINGLE_BUILDING = ['clerk', 'kiosk'];
const oneBuilding = (value: unknown[] | undefined) => (value && value.length > 1 ? 'csa.user.one_building' : undefined);

/** What the role's reach needs: an agency, buildings, or both (the API checks the same). */
const RoleScope = () => {
    const role = useWatch({ name: 'role' });
    return (
        <>
            {AGENCY_ROLES.includes(role) ? <AgencyInput source="agencyId" validate={required()} sx={{ minWidth: 360 }} /> : null}
            {BUILDING_ROLES.includes(role) ? (
                <ReferenceArrayInput source="buildingIds" reference="buildings" sort={{ field: 'code', order: 'ASC' }} perPage={100}>
                    <AutocompleteArrayInput
                        optionText="code"
                        filterToQuery={q => ({ q })}
                        validate={SINGLE_BUILDING.includes(role) ? [required(), oneBuilding] : required()}
                        sx={{ minWidth: 360 }}
                    />
                </ReferenceArrayInput>
            ) : null}
        </>
    );
};

export const UserForm = ({ isCreate = false }: { isCreate?: boolean }) => (
    <SimpleForm>
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
            <TextInput source="username" validate={[required(), maxLength(60)]} autoComplete="off" />
            <TextInput source="fullName" validate={[required(), maxLength(200)]} sx={{ minWidth: 320 }} />
            <TextInput source="email" type="email" validate={[email(), maxLength(200)]} />
        </Box>
        <SelectInput source="role" choices={roleChoices} validate={required()} />
        <RoleScope />
        <PasswordInput
            source="password"
            autoComplete="new-password"
            validate={isCreate ? [required(), minLength(12)] : minLength(12)}
            helperText="csa.user.password_help"
        />
        <BooleanInput source="active" />
    </SimpleForm>
);
