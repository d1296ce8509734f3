import {
    BooleanField,
    ChipField,
    EmailField,
    ReferenceArrayField,
    ReferenceField,
    SelectField,
    Show,
    SimpleShowLayout,
    SingleFieldList,
    TextField,
} from 'react-admin';
import { roleChoices } from '../common/choices';
import { TimestampField } from '../common/fields';

const UserShow = () => (
    <Show>
        <SimpleShowLayout>
            <TextField source="username" />
            <TextField source="fullName" />
            <EmailField source="email" emptyText="—" />
            <SelectField source="role" choices={roleChoices} />
            <ReferenceField source="agencyId" reference="agencies" link="show" emptyText="—" />
            <ReferenceArrayField source="buildingIds" reference="buildings">
                <SingleFieldList linkType="show">
                    <ChipField source="code" size="small" />
                </SingleFieldList>
            </ReferenceArrayField>
            <BooleanField source="active" />
            <TimestampField source="lastLoginAt" />
            <TimestampField source="createdAt" />
            <TimestampField source="updatedAt" />
        </SimpleShowLayout>
    </Show>
);

export default UserShow;
