import { Edit } from 'react-admin';
import { SpaceForm } from './SpaceForm';

const SpaceEdit = () => (
    <Edit mutationMode="pessimistic" redirect="show">
        <SpaceForm />
    </Edit>
);

export default SpaceEdit;
