import { lazy, Suspense, useEffect, useMemo, useRef, type ReactNode } from "react";
import { BrowserRouter, Navigate, Outlet, Route, Routes, useLocation } from "react-router";
import { Provider as UrqlProvider } from "urql";
import { AuthProvider, useAuth } from "./auth/AuthContext";
import { AppHeader } from "./components/AppHeader";
import { LiveAnnouncerProvider } from "./components/LiveAnnouncer";
import { ToastProvider } from "./components/Toast";
import { Loading } from "./components/Status";
import { createApiClient } from "./graphql/client";
import { useI18n } from "./i18n";
import { DashboardPage } from "./pages/DashboardPage";
import { JobsPage } from "./pages/JobsPage";
import { MeetingPage } from "./pages/MeetingPage";
import { MeetingsPage } from "./pages/MeetingsPage";
import { MyActionItemsPage } from "./pages/MyActionItemsPage";
import { NewMeetingPage } from "./pages/NewMeetingPage";
import { NotFoundPage } from "./pages/NotFoundPage";
import { NudgesPage } from "./pages/NudgesPage";
import { ProcurementPage } from "./pages/ProcurementPage";
import { RegwatchPage } from "./pages/RegwatchPage";
import { AuditLogPage } from "./components/settings/AuditLogPage";
import { SettingsLayout } from "./pages/SettingsLayout";
import { SettingsPage } from "./pages/SettingsPage";
import { SignInPage } from "./pages/SignInPage";
import { StakeholdersPage } from "./pages/StakeholdersPage";

// GraphiQL + Monaco are large: load them only on /explorer.
const ExplorerPage = lazy(() => import("./pages/ExplorerPage"));

/** One urql client per token: signing in as someone else starts with an empty cache. */
function ApiProvider({ children }: { children: ReactNode }) {
  const { token, signOut } = useAuth();
  const api = useMemo(
    () => createApiClient({ token, onUnauthenticated: () => signOut("expired") }),
    [token, signOut],
  );
  const current = useRef(api);
  current.current = api;
  useEffect(
    () => () => {
      // Dispose only a client that has been replaced (not on StrictMode's simulated unmount).
      window.setTimeout(() => {
        if (current.current !== api) api.dispose();
      }, 0);
    },
    [api],
  );
  return <UrqlProvider value={api.client}>{children}</UrqlProvider>;
}

function RequireAuth() {
  const { token } = useAuth();
  const location = useLocation();
  if (!token) {
    return <Navigate to="/logga-in" replace state={{ from: location.pathname + location.search }} />;
  }
  return <Outlet />;
}

function Layout() {
  const { t } = useI18n();
  const location = useLocation();
  const wide = location.pathname.startsWith("/explorer");
  const roomy = location.pathname.startsWith("/upphandling");
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  // After in-app navigation, move focus to the new page so screen readers start there.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    main.current?.focus({ preventScroll: false });
  }, [location.pathname]);
  return (
    <>
      <a className="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <AppHeader />
      <main id="main" ref={main} tabIndex={-1} className={wide ? "main main-wide" : roomy ? "main main-roomy" : "main"}>
        <Outlet />
      </main>
    </>
  );
}

export function App() {
  const { t } = useI18n();
  return (
    <AuthProvider>
      <ApiProvider>
        <LiveAnnouncerProvider>
          <ToastProvider>
          <BrowserRouter>
            <Routes>
              <Route element={<Layout />}>
                <Route path="/logga-in" element={<SignInPage />} />
                <Route
                  path="/explorer"
                  element={
                    <Suspense fallback={<Loading label={t("explorer.loading")} />}>
                      <ExplorerPage />
                    </Suspense>
                  }
                />
                <Route element={<RequireAuth />}>
                  <Route index element={<DashboardPage />} />
                  <Route path="/moten" element={<MeetingsPage />} />
                  <Route path="/moten/nytt" element={<NewMeetingPage />} />
                  <Route path="/moten/:id" element={<MeetingPage />} />
                  <Route path="/mina-atgarder" element={<MyActionItemsPage />} />
                  <Route path="/upphandling" element={<ProcurementPage />} />
                  <Route path="/installningar" element={<SettingsLayout />}>
                    <Route index element={<SettingsPage />} />
                    <Route path="jobb" element={<JobsPage />} />
                    <Route path="logg" element={<AuditLogPage />} />
                  </Route>
                  <Route path="/intressenter" element={<StakeholdersPage />} />
                  <Route path="/aviseringar" element={<NudgesPage />} />
                  <Route path="/omvarldsbevakning/*" element={<RegwatchPage />} />
                </Route>
                <Route path="*" element={<NotFoundPage />} />
              </Route>
            </Routes>
          </BrowserRouter>
          </ToastProvider>
        </LiveAnnouncerProvider>
      </ApiProvider>
    </AuthProvider>
  );
}
