import { useState } from 'react';
import { useNotifyApiError } from './errors';

/**
 * Runs an API call with a pending flag (for a spinner and to disable the button); a failure is
 * notified with the API's message. `run` resolves to whether the call went through.
 */
export const useApiCall = () => {
    const notifyApiError = useNotifyApiError();
    const [pending, setPending] = useState(false);
    const run = async (call: () => Promise<unknown>): Promise<boolean> => {
        setPending(true);
        try {
            await call();
            return true;
        } catch (e) {
            notifyApiError(e);
            return false;
        } finally {
            setPending(false);
        }
    };
    return { run, pending };
};
