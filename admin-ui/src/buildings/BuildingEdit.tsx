import { Edit } from 'react-admin';
import { BuildingForm } from './BuildingForm';

const BuildingEdit = () => (
    <Edit mutationMode="pessimistic" redirect="show">
        <BuildingForm />
    </Edit>
);

export default BuildingEdit;
