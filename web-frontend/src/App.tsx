import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { DocumentTitle } from './components/DocumentTitle';
import { RequireRole, RootRedirect } from './components/Guards';
import { Loading } from './components/Loading';
import { NotFoundPage } from './components/NotFoundPage';
import { SurveyPage } from './features/survey/SurveyPage';
import { VerifyEmailPage } from './features/account/VerifyEmailPage';
import { ActivatePage } from './features/security/ActivatePage';
import { ForgotPasswordPage } from './features/security/ForgotPasswordPage';
import { InvitePage } from './features/security/InvitePage';
import { LoginPage } from './features/security/LoginPage';
import { PortalLoginPage } from './features/security/PortalLoginPage';
import { ResetPasswordPage } from './features/security/ResetPasswordPage';
import { SignupPage } from './features/security/SignupPage';

// The app is split by area (see vite.config.ts): the staff screens and the portal load when first needed, so a
// customer opening the portal on a phone never downloads the admin, and the login pages stay small.
const AdminLayout = lazy(() => import('./areas/admin').then((m) => ({ default: m.AdminLayout })));
const AuditLogPage = lazy(() => import('./areas/admin').then((m) => ({ default: m.AuditLogPage })));
const CasePage = lazy(() => import('./areas/admin').then((m) => ({ default: m.CasePage })));
const CasesPage = lazy(() => import('./areas/admin').then((m) => ({ default: m.CasesPage })));
const CustomerDetailPage = lazy(() => import('./areas/admin').then((m) => ({ default: m.CustomerDetailPage })));
const CustomersPage = lazy(() => import('./areas/admin').then((m) => ({ default: m.CustomersPage })));
const GoodwillPage = lazy(() => import('./areas/admin').then((m) => ({ default: m.GoodwillPage })));
const ServicePage = lazy(() => import('./areas/admin').then((m) => ({ default: m.ServicePage })));
const ImportsPage = lazy(() => import('./areas/admin').then((m) => ({ default: m.ImportsPage })));
const AcquisitionPage = lazy(() => import('./areas/admin').then((m) => ({ default: m.AcquisitionPage })));
const ApiKeysPage = lazy(() => import('./areas/admin').then((m) => ({ default: m.ApiKeysPage })));
const ProgrammePage = lazy(() => import('./areas/admin').then((m) => ({ default: m.ProgrammePage })));
const PromotionsPage = lazy(() => import('./areas/admin').then((m) => ({ default: m.PromotionsPage })));
const RewardsPage = lazy(() => import('./areas/admin').then((m) => ({ default: m.RewardsPage })));
const VoucherDeskPage = lazy(() => import('./areas/admin').then((m) => ({ default: m.VoucherDeskPage })));
const AccountPage = lazy(() => import('./areas/admin').then((m) => ({ default: m.AccountPage })));
const StaffPage = lazy(() => import('./areas/admin').then((m) => ({ default: m.StaffPage })));
const TiersPage = lazy(() => import('./areas/admin').then((m) => ({ default: m.TiersPage })));
const PortalPage = lazy(() => import('./areas/portal').then((m) => ({ default: m.PortalPage })));

// the customer-value dashboard brings the charts (recharts): loaded when it is first opened
const ValuePage = lazy(() => import('./features/value/ValuePage').then((m) => ({ default: m.ValuePage })));

/** All routes of the SPA (the server forwards these paths to index.html). */
export function AppRoutes() {
  return (
    <>
      <DocumentTitle />
      <Suspense fallback={<Loading />}>
      <Routes>
      <Route path="/" element={<RootRedirect />} />
      <Route path="/login" element={<LoginPage />} />
      <Route path="/signup" element={<SignupPage />} />
      <Route path="/invite/:token" element={<InvitePage />} />
      <Route path="/forgot-password" element={<ForgotPasswordPage />} />
      <Route path="/reset-password/:token" element={<ResetPasswordPage />} />
      <Route path="/verify-email/:token" element={<VerifyEmailPage />} />
      <Route path="/survey/:token" element={<SurveyPage />} />
      <Route
        path="/admin"
        element={
          <RequireRole roles={['OWNER', 'AGENT']} loginPath="/login">
            <AdminLayout />
          </RequireRole>
        }
      >
        <Route index element={<Navigate to="/admin/customers" replace />} />
        <Route path="customers" element={<CustomersPage />} />
        <Route path="customers/:customerId" element={<CustomerDetailPage />} />
        <Route path="cases" element={<CasesPage />} />
        <Route path="cases/:caseId" element={<CasePage />} />
        <Route
          path="goodwill"
          element={
            <RequireRole roles={['OWNER']} loginPath="/login">
              <GoodwillPage />
            </RequireRole>
          }
        />
        <Route
          path="service"
          element={
            <RequireRole roles={['OWNER']} loginPath="/login">
              <ServicePage />
            </RequireRole>
          }
        />
        <Route
          path="imports"
          element={
            <RequireRole roles={['OWNER']} loginPath="/login">
              <ImportsPage />
            </RequireRole>
          }
        />
        <Route
          path="acquisition"
          element={
            <RequireRole roles={['OWNER']} loginPath="/login">
              <AcquisitionPage />
            </RequireRole>
          }
        />
        <Route
          path="value"
          element={
            <RequireRole roles={['OWNER']} loginPath="/login">
              <Suspense fallback={<Loading />}>
                <ValuePage />
              </Suspense>
            </RequireRole>
          }
        />
        <Route path="vouchers" element={<VoucherDeskPage />} />
        <Route path="rewards" element={<RewardsPage />} />
        <Route
          path="staff"
          element={
            <RequireRole roles={['OWNER']} loginPath="/login">
              <StaffPage />
            </RequireRole>
          }
        />
        <Route path="promotions" element={<PromotionsPage />} />
        <Route path="tiers" element={<TiersPage />} />
        <Route
          path="api-keys"
          element={
            <RequireRole roles={['OWNER']} loginPath="/login">
              <ApiKeysPage />
            </RequireRole>
          }
        />
        <Route
          path="audit-log"
          element={
            <RequireRole roles={['OWNER']} loginPath="/login">
              <AuditLogPage />
            </RequireRole>
          }
        />
        {/* agents see the programme read-only */}
        <Route path="programme" element={<ProgrammePage />} />
        <Route path="account" element={<AccountPage />} />
      </Route>
      <Route path="/portal/login" element={<PortalLoginPage />} />
      <Route path="/portal/activate/:token" element={<ActivatePage />} />
      <Route path="/portal/forgot-password" element={<ForgotPasswordPage portal />} />
      <Route path="/portal/reset-password/:token" element={<ResetPasswordPage portal />} />
      <Route
        path="/portal"
        element={
          <RequireRole roles={['CUSTOMER']} loginPath="/portal/login">
            <PortalPage />
          </RequireRole>
        }
      />
      <Route path="*" element={<NotFoundPage />} />
      </Routes>
      </Suspense>
    </>
  );
}
