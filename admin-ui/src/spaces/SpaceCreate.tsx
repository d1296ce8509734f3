import { Create } from 'react-admin';
import { useLocation } from 'react-router-dom';
import { SpaceForm } from './SpaceForm';

const SpaceCreate = () => {
    const location = useLocation();
    const buildingId = new URLSearchParams(location.search).get('buildingId') ?? undefined;
    return (
        <Create redirect="show" record={{ buildingId, floor: 0, type: 'office', condition: 'available', active: true }}>
            <SpaceForm />
        </Create>
    );
};

export default SpaceCreate;
