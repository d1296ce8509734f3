import type { ReactNode } from 'react';
import { useAuthState } from 'react-admin';
import { Navigate, useLocation } from 'react-router-dom';

/**
 * Custom pages: without a session, go to the login form (and come back after).
 * react-admin's <Authenticated> logs out and navigates from inside the layout,
 * which with react-router 7 can leave the layout on screen at #/login.
 */
export const RequireSession = ({ children }: { children: ReactNode }) => {
    const { authenticated, isPending } = useAuthState();
    const location = useLocation();
    if (isPending) return null;
    if (!authenticated) {
        return <Navigate to="/login" replace state={{ nextPathname: location.pathname, nextSearch: location.search }} />;
    }
    return <>{children}</>;
};
