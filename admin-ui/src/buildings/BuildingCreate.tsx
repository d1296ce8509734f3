import { Create } from 'react-admin';
import { BuildingForm } from './BuildingForm';

const BuildingCreate = () => (
    <Create redirect="show" record={{ active: true, modernized: false, ruRatio: 1 }}>
        <BuildingForm />
    </Create>
);

export default BuildingCreate;
