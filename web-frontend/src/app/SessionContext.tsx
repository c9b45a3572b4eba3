import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Session, SessionUser } from '../api';
import { useApi } from './ApiContext';

interface SessionContextValue {
  /** undefined while the first `GET /auth/session` is running. */
  session: Session | undefined;
  /** Set when the session could not be loaded at all (e.g. server unreachable). */
  loadError: unknown;
  refresh: () => Promise<Session | undefined>;
  setSession: (session: Session) => void;
  logout: () => Promise<void>;
  /** Slug of the shop of the last logged-in user (kept after logout or an expired session for `?shop=`). */
  lastShopSlug: string | undefined;
}

const SessionContext = createContext<SessionContextValue | undefined>(undefined);

export function SessionProvider({ children, initial }: { children: ReactNode; initial?: Session }) {
  const api = useApi();
  const [session, setSession] = useState<Session | undefined>(initial);
  const [loadError, setLoadError] = useState<unknown>(undefined);
  const [lastShopSlug, setLastShopSlug] = useState<string | undefined>(initial?.user?.shop.slug);
  const sessionSlug = session?.authenticated ? session.user.shop.slug : undefined;
  useEffect(() => {
    if (sessionSlug) setLastShopSlug(sessionSlug);
  }, [sessionSlug]);

  const refresh = useCallback(async () => {
    try {
      const s = await api.auth.session();
      setSession(s);
      setLoadError(undefined);
      return s;
    } catch (e) {
      setLoadError(e);
      return undefined;
    }
  }, [api]);

  useEffect(() => {
    if (!initial) void refresh();
    // An API call answered 401 unauthenticated: the session has expired.
    api.http.setUnauthenticatedHandler(() => setSession({ authenticated: false }));
    return () => api.http.setUnauthenticatedHandler(undefined);
  }, [api, refresh, initial]);

  const logout = useCallback(async () => {
    try {
      await api.auth.logout();
    } finally {
      setSession({ authenticated: false });
    }
  }, [api]);

  const value = useMemo(
    () => ({ session, loadError, refresh, setSession, logout, lastShopSlug: sessionSlug ?? lastShopSlug }),
    [session, loadError, refresh, logout, sessionSlug, lastShopSlug],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const ctx = useContext(SessionContext);
  if (!ctx) throw new Error('useSession must be used inside <SessionProvider>');
  return ctx;
}

/** The logged-in user; only call below a route guard that ensures authentication. */
export function useUser(): SessionUser {
  const { session } = useSession();
  if (!session?.authenticated) throw new Error('No authenticated user');
  return session.user;
}

export function isStaff(session: Session | undefined): boolean {
  return !!session?.authenticated && (session.user.role === 'OWNER' || session.user.role === 'AGENT');
}
