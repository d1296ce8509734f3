import { Edit } from 'react-admin';
import { useFormErrorHandler } from '../common/errors';
import { meterTransform } from './MeterCreate';
import { MeterForm } from './MeterForm';

/** The API rejects unknown fields: send only what the form edits. */
const transform = ({ id: _i, buildingId: _b, buildingCode: _bc, serviceName: _s, spaceCode: _sc, createdAt: _c, updatedAt: _u, ...data }: Record<string, unknown>) =>
    meterTransform(data);

const MeterEdit = () => {
    const onError = useFormErrorHandler();
    return (
        <Edit mutationMode="pessimistic" redirect="list" mutationOptions={{ onError }} transform={transform}>
            <MeterForm />
        </Edit>
    );
};

export default MeterEdit;
