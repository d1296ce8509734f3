import { Edit } from 'react-admin';
import { RegulationForm } from './RegulationForm';

const RegulationEdit = () => (
    <Edit redirect="show" mutationMode="pessimistic">
        <RegulationForm />
    </Edit>
);

export default RegulationEdit;
