import { Create } from 'react-admin';
import { useFormErrorHandler } from '../common/errors';
import { MeterForm } from './MeterForm';

/** Only a sub-meter carries a space. */
export const meterTransform = ({ spaceId, kind, ...data }: Record<string, unknown>) => ({
    ...data,
    kind,
    spaceId: kind === 'sub' ? spaceId ?? null : null,
});

const MeterCreate = () => {
    const onError = useFormErrorHandler();
    return (
        <Create redirect="list" record={{ active: true, kind: 'sub' }} mutationOptions={{ onError }} transform={meterTransform}>
            <MeterForm />
        </Create>
    );
};

export default MeterCreate;
