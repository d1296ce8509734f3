import {
    AutocompleteInput,
    DataTable,
    List,
    ReferenceInput,
    SelectField,
    SelectInput,
    TextInput,
    useCanAccess,
} from 'react-admin';
import { basisChoices, payerChoices } from '../common/choices';
import { PayerField, PeriodField, QuantityField } from '../common/costFields';
import { MoneyField } from '../common/fields';

const Quantity = ({ source, digits }: { source: string; digits?: number }) => <QuantityField source={source} digits={digits} />;

/** Read-only: every charge shows its working (basis quantity, denominator, days, rate, exact amount, rounding). */
const ChargeList = () => {
    // A liaison sees only its own agency: no agency filter for it.
    const { canAccess: seesAll } = useCanAccess({ resource: 'allocation-runs', action: 'list' });
    const filters = [
        <TextInput key="period" source="period" type="month" alwaysOn slotProps={{ inputLabel: { shrink: true } }} />,
        <ReferenceInput key="buildingId" source="buildingId" reference="buildings" sort={{ field: 'code', order: 'ASC' }} alwaysOn>
            <AutocompleteInput optionText="code" filterToQuery={q => ({ q })} />
        </ReferenceInput>,
        ...(seesAll
            ? [
                  <ReferenceInput key="agencyId" source="agencyId" reference="agencies" sort={{ field: 'name', order: 'ASC' }} alwaysOn>
                      <AutocompleteInput optionText="acronym" filterToQuery={q => ({ q })} />
                  </ReferenceInput>,
                  <SelectInput key="payer" source="payer" choices={payerChoices} />,
              ]
            : []),
    ];
    return (
        <List filters={filters} sort={{ field: 'period', order: 'DESC' }} perPage={50}>
            <DataTable rowClick="show" bulkActionButtons={false}>
                <DataTable.Col source="period" field={PeriodField} />
                <DataTable.Col source="buildingCode" disableSort />
                <DataTable.Col source="serviceName" disableSort />
                <DataTable.Col source="agencyAcronym" field={PayerField} disableSort />
                <DataTable.Col source="basis" disableSort>
                    <SelectField source="basis" choices={basisChoices} />
                </DataTable.Col>
                <DataTable.Col align="right" source="basisQuantity" field={() => <Quantity source="basisQuantity" />} />
                <DataTable.Col align="right" source="denominator" disableSort field={() => <Quantity source="denominator" />} />
                <DataTable.NumberCol source="daysCovered" disableSort />
                <DataTable.Col align="right" source="rate" disableSort field={() => <Quantity source="rate" digits={8} />} />
                <DataTable.Col align="right" source="exactAmount" disableSort field={() => <Quantity source="exactAmount" digits={6} />} />
                <DataTable.Col align="right" source="roundingAdjustment" disableSort field={() => <Quantity source="roundingAdjustment" digits={2} />} />
                <DataTable.Col align="right" source="amount" field={MoneyField} />
            </DataTable>
        </List>
    );
};

export default ChargeList;
