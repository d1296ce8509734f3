import { Edit } from 'react-admin';
import { useFormErrorHandler } from '../common/errors';
import { CalendarDayForm } from './CalendarDayForm';

const CalendarDayEdit = () => {
    const onError = useFormErrorHandler();
    return (
        <Edit mutationMode="pessimistic" redirect="list" mutationOptions={{ onError }}>
            <CalendarDayForm />
        </Edit>
    );
};

export default CalendarDayEdit;
