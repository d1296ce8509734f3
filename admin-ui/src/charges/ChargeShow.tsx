import { NumberField, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { basisChoices, payerChoices } from '../common/choices';
import { PayerField, PeriodField, QuantityField } from '../common/costFields';
import { MoneyField } from '../common/fields';

const ChargeShow = () => (
    <Show>
        <SimpleShowLayout>
            <PeriodField source="period" />
            <TextField source="buildingCode" />
            <TextField source="serviceName" />
            <PayerField label="resources.charges.fields.agencyAcronym" />
            <SelectField source="payer" choices={payerChoices} />
            <SelectField source="basis" choices={basisChoices} />
            <QuantityField source="basisQuantity" />
            <QuantityField source="denominator" />
            <NumberField source="daysCovered" />
            <QuantityField source="rate" digits={10} />
            <QuantityField source="exactAmount" digits={6} />
            <QuantityField source="roundingAdjustment" digits={2} />
            <MoneyField source="amount" />
        </SimpleShowLayout>
    </Show>
);

export default ChargeShow;
