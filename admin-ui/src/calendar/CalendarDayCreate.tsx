import { Create } from 'react-admin';
import { useFormErrorHandler } from '../common/errors';
import { CalendarDayForm } from './CalendarDayForm';

const CalendarDayCreate = () => {
    const onError = useFormErrorHandler();
    return (
        <Create redirect="list" mutationOptions={{ onError }}>
            <CalendarDayForm />
        </Create>
    );
};

export default CalendarDayCreate;
