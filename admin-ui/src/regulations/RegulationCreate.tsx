import { Create } from 'react-admin';
import { RegulationForm } from './RegulationForm';

const RegulationCreate = () => (
    <Create redirect="show">
        <RegulationForm />
    </Create>
);

export default RegulationCreate;
