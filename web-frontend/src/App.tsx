import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { AdminLayout } from './components/AdminLayout';
import { DocumentTitle } from './components/DocumentTitle';
import { RequireRole, RootRedirect } from './components/Guards';
import { Loading } from './components/Loading';
import { NotFoundPage } from './components/NotFoundPage';
import { SurveyPage } from './features/survey/SurveyPage';
import { VerifyEmailPage } from './features/account/VerifyEmailPage';
import { AuditLogPage } from './features/audit/AuditLogPage';
import { CasePage } from './features/complaint/CasePage';
import { CasesPage } from './features/complaint/CasesPage';
import { CustomerDetailPage } from './features/customer/CustomerDetailPage';
import { CustomersPage } from './features/customer/CustomersPage';
import { GoodwillPage } from './features/goodwill/GoodwillPage';
import { ServicePage } from './features/service/ServicePage';
import { ImportsPage } from './features/imports/ImportsPage';
import { AcquisitionPage } from './features/acquisition/AcquisitionPage';
import { ApiKeysPage } from './features/integration/ApiKeysPage';
import { PortalPage } from './features/portal/PortalPage';
import { ProgrammePage } from './features/programme/ProgrammePage';
import { PromotionsPage } from './features/programme/PromotionsPage';
import { RewardsPage } from './features/reward/RewardsPage';
import { VoucherDeskPage } from './features/reward/VoucherDeskPage';
import { AccountPage } from './features/security/AccountPage';
import { ActivatePage } from './features/security/ActivatePage';
import { ForgotPasswordPage } from './features/security/ForgotPasswordPage';
import { InvitePage } from './features/security/InvitePage';
import { LoginPage } from './features/security/LoginPage';
import { PortalLoginPage } from './features/security/PortalLoginPage';
import { ResetPasswordPage } from './features/security/ResetPasswordPage';
import { SignupPage } from './features/security/SignupPage';
import { StaffPage } from './features/staff/StaffPage';
import { TiersPage } from './features/tier/TiersPage';

// the customer-value dashboard brings the charts (recharts): loaded when it is first opened
const ValuePage = lazy(() => import('./features/value/ValuePage').then((m) => ({ default: m.ValuePage })));

/** All routes of the SPA (the server forwards these paths to index.html). */
export function AppRoutes() {
  return (
    <>
      <DocumentTitle />
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
    </>
  );
}
