import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { Role } from '../api';
import { useSession } from '../app/SessionContext';
import { Loading } from './Loading';
import { SessionLoadError } from './SessionLoadError';

/** Where a logged-in user of the given role starts. */
export function homeFor(role: Role | undefined): string {
  if (role === 'OWNER' || role === 'AGENT') return '/admin/customers';
  if (role === 'CUSTOMER') return '/portal';
  return '/login';
}

/** Renders children only for the given roles; otherwise redirects to a login page or the user's home. */
export function RequireRole({ roles, loginPath, children }: { roles: Role[]; loginPath: string; children: ReactNode }) {
  const { session, loadError, lastShopSlug } = useSession();
  const location = useLocation();
  if (!session) return loadError ? <SessionLoadError /> : <Loading fullPage />;
  if (!session.authenticated) {
    // keep the shop (after logout or an expired session) so the login form is prefilled
    const to = lastShopSlug ? `${loginPath}?shop=${encodeURIComponent(lastShopSlug)}` : loginPath;
    return <Navigate to={to} replace state={{ from: location.pathname + location.search }} />;
  }
  if (!roles.includes(session.user.role)) return <Navigate to={homeFor(session.user.role)} replace />;
  return <>{children}</>;
}

/** `/`: sends the visitor to the right start page. */
export function RootRedirect() {
  const { session, loadError } = useSession();
  if (!session) return loadError ? <SessionLoadError /> : <Loading fullPage />;
  return <Navigate to={homeFor(session.authenticated ? session.user.role : undefined)} replace />;
}
