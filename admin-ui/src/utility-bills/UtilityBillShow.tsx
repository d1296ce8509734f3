import { ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { ConsumptionField, PeriodField, PeriodStatusField } from '../common/costFields';
import { DateOnlyField, MoneyField, TimestampField } from '../common/fields';

const UtilityBillShow = () => (
    <Show>
        <SimpleShowLayout>
            <TextField source="buildingCode" />
            <ReferenceField source="serviceId" reference="utility-services" link="show" />
            <PeriodField source="period" />
            <PeriodStatusField source="periodStatus" label="resources.utility-bills.fields.periodStatus" />
            <MoneyField source="amount" />
            <ConsumptionField label="resources.utility-bills.fields.consumption" />
            <TextField source="invoiceNumber" />
            <DateOnlyField source="issuedOn" />
            <DateOnlyField source="dueOn" />
            <DateOnlyField source="paidOn" />
            <TextField source="notes" emptyText="—" />
            <TimestampField source="updatedAt" />
        </SimpleShowLayout>
    </Show>
);

export default UtilityBillShow;
