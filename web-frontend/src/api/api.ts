import { HttpClient, type HttpClientConfig } from './http';
import type {
  CancellationRequest,
  CustomerUpdate,
  VoucherCancelled,
  VoucherFilter,
  VoucherOverview,
  AcquisitionReport,
  ChannelName,
  ImportAccepted,
  ImportJob,
  ImportList,
  NewChannel,
  ShopChannel,
  ShopChannelList,
  SpendInput,
  SpendList,
  SpendWritten,
  ValueSettings,
  ValueSettingsInput,
  AtRiskList,
  ComplianceReport,
  ServiceReport,
  ServiceStandard,
  ServiceStandardInput,
  ServiceStandardList,
  Recommendations,
  PortalGoodwill,
  Survey,
  SurveyAnswer,
  SurveyAnswered,
  AcceptInvitationRequest,
  AcknowledgeRequest,
  ActionRequest,
  AgreeRequest,
  AssignRequest,
  AssigneeList,
  BusinessHours,
  BusinessHoursInput,
  CaseGoodwill,
  DecisionRequest,
  Gesture,
  GestureList,
  GoodwillPolicy,
  GoodwillPolicyInput,
  NewGesture,
  RejectionRequest,
  ServiceRequest,
  ServiceRequestInput,
  ServiceRequestList,
  Subscription,
  SubscriptionInput,
  SubscriptionList,
  Case,
  CasePage,
  CaseView,
  ClassifyRequest,
  CloseRequest,
  NewCase,
  NoteRequest,
  ReopenRequest,
  UnderstandRequest,
  Activation,
  ActivationRequest,
  Adjusted,
  Contact,
  ContactPage,
  NewContact,
  ApiKeyList,
  AuditCategory,
  AuditLogPage,
  CategoryList,
  ChangePasswordRequest,
  CreatedInvitation,
  CustomerDetail,
  CustomerPage,
  CustomerTier,
  DisableSecondFactorRequest,
  EmailVerification,
  EmailVerified,
  ExpiringPoints,
  Invitation,
  InviteRequest,
  IssueRequest,
  IssuedApiKey,
  LanguageDto,
  LanguageRequest,
  LedgerCheckReport,
  LedgerPage,
  LoginRequest,
  MailRetry,
  MailStatus,
  NewAdjustment,
  NewCustomer,
  NewPasswordRequest,
  NewPurchase,
  NewReturn,
  PasswordReset,
  PasswordResetRequest,
  PortalActivation,
  PortalMe,
  PortalTier,
  Programme,
  ShopSetup,
  ProgrammeUpdate,
  Promotion,
  PromotionInput,
  PromotionList,
  PurchasePage,
  PurchaseResult,
  PurchaseReturned,
  RecoveryCodes,
  Redeemed,
  RedemptionRequest,
  Reward,
  RewardInput,
  RewardList,
  SecondFactorCodeRequest,
  SecondFactorSetup,
  SecondFactorStatus,
  Session,
  Shop,
  SignupRequest,
  StaffList,
  StaffMember,
  Tier,
  TierInput,
  TierList,
  VerificationMailed,
  Voucher,
  VoucherList,
} from './types';

const V1 = '/api/v1';
const seg = encodeURIComponent;
const idempotent = (key: string) => ({ 'Idempotency-Key': key });
const caseUrl = (shopId: string, caseId: string) => `${V1}/shops/${seg(shopId)}/cases/${seg(caseId)}`;
const standardsUrl = (shopId: string) => `${V1}/shops/${seg(shopId)}/service-standards`;
const goodwillUrl = (shopId: string) => `${V1}/shops/${seg(shopId)}/goodwill`;
const importsUrl = (shopId: string) => `${V1}/shops/${seg(shopId)}/imports`;
const channelsUrl = (shopId: string) => `${V1}/shops/${seg(shopId)}/acquisition-channels`;
/** Query of a period of months (`YYYY-MM`, both inclusive; the server's default: the last 12). */
const months = (from?: string, to?: string) => ({ query: { from, to } });
const subscriptionsUrl = (shopId: string, customerId: string) =>
  `${V1}/shops/${seg(shopId)}/customers/${seg(customerId)}/subscriptions`;

/**
 * A voucher code as typed or pasted at the till, in its printed form: upper case, without white space,
 * grouped as `XXXX-XXXX-XXXX-XXXX` when it has 16 characters. (The server ignores case, spaces and
 * dashes anyway; this keeps URLs, retries and the display stable.)
 */
export function normaliseVoucherCode(input: string): string {
  const plain = input.replace(/[\s-]+/g, '').toUpperCase();
  return plain.length === 16 ? (plain.match(/.{4}/g) ?? [plain]).join('-') : plain;
}

/** Typed functions for every endpoint of docs/http-api.md. */
export function createApi(http: HttpClient) {
  return {
    http,
    auth: {
      session: () => http.request<Session>('GET', `${V1}/auth/session`),
      signup: (body: SignupRequest) => http.request<Session>('POST', `${V1}/auth/signup`, { body }),
      /** 200: logged in, or `stage: "second-factor"` when a code is needed next (`loginSecondFactor`). */
      login: (body: LoginRequest) => http.request<Session>('POST', `${V1}/auth/login`, { body }),
      /**
       * The code after the password: an authenticator code or a recovery code. 401 `bad-second-factor` (wrong code),
       * `second-factor-login-expired` (no pending login any more: start with the password again); 429.
       */
      loginSecondFactor: (body: SecondFactorCodeRequest) =>
        http.request<Session>('POST', `${V1}/auth/login/second-factor`, { body }),
      logout: () => http.request<void>('POST', `${V1}/auth/logout`),
      invitation: (token: string) => http.request<Invitation>('GET', `${V1}/auth/invitations/${seg(token)}`),
      acceptInvitation: (token: string, body: AcceptInvitationRequest) =>
        http.request<Session>('POST', `${V1}/auth/invitations/${seg(token)}/accept`, { body }),
      /**
       * Staff forgot their password: 202 whether or not the address belongs to an account (if it does, a link is
       * mailed); 429 `too-many-attempts` when asked too often.
       */
      requestPasswordReset: (body: PasswordResetRequest) =>
        http.request<void>('POST', `${V1}/auth/password-reset`, { body }),
      /** Whose password a mailed reset link sets; 404 when unknown, used, replaced or expired. */
      passwordReset: (token: string) => http.request<PasswordReset>('GET', `${V1}/auth/password-reset/${seg(token)}`),
      /** 204: the new password is set and every session of the account ended (log in again); 404 as above. */
      resetPassword: (token: string, body: NewPasswordRequest) =>
        http.request<void>('POST', `${V1}/auth/password-reset/${seg(token)}`, { body }),
      /** The shop and address a mailed confirmation link confirms (only looks); 404 when unknown, replaced or expired. */
      emailVerification: (token: string) =>
        http.request<EmailVerification>('GET', `${V1}/auth/email-verification/${seg(token)}`),
      /**
       * Confirms the shop's address (no session needed): its held mail goes out (`releasedMails`); again after
       * success the same answer with 0; 404 as above.
       */
      confirmEmail: (token: string) =>
        http.request<EmailVerified>('POST', `${V1}/auth/email-verification/${seg(token)}`),
    },
    portalAuth: {
      login: (body: LoginRequest) => http.request<Session>('POST', `${V1}/portal/auth/login`, { body }),
      /** As `auth.loginSecondFactor`, for customers. */
      loginSecondFactor: (body: SecondFactorCodeRequest) =>
        http.request<Session>('POST', `${V1}/portal/auth/login/second-factor`, { body }),
      activation: (token: string) => http.request<Activation>('GET', `${V1}/portal/auth/activations/${seg(token)}`),
      activate: (token: string, body: ActivationRequest) =>
        http.request<Session>('POST', `${V1}/portal/auth/activations/${seg(token)}`, { body }),
      /** As `auth.requestPasswordReset`; a customer who never set a password gets the activation link instead. */
      requestPasswordReset: (body: PasswordResetRequest) =>
        http.request<void>('POST', `${V1}/portal/auth/password-reset`, { body }),
      passwordReset: (token: string) =>
        http.request<PasswordReset>('GET', `${V1}/portal/auth/password-reset/${seg(token)}`),
      resetPassword: (token: string, body: NewPasswordRequest) =>
        http.request<void>('POST', `${V1}/portal/auth/password-reset/${seg(token)}`, { body }),
    },
    account: {
      /**
       * The logged-in person's own password (staff or customer): 204, the account's other sessions end, this one
       * stays; 422 `password-wrong` (field `currentPassword`), `password-unchanged` (field `newPassword`), password
       * rules on `newPassword` or `password`.
       */
      changePassword: (body: ChangePasswordRequest) => http.request<void>('PUT', `${V1}/account/password`, { body }),
      /** Two-factor login of the logged-in person (staff or customer): on or off, required, recovery codes left. */
      secondFactor: () => http.request<SecondFactorStatus>('GET', `${V1}/account/second-factor`),
      /** A new secret to scan; 409 `second-factor-already-enabled`. Turned on only by `enableSecondFactor`. */
      setupSecondFactor: () => http.request<SecondFactorSetup>('POST', `${V1}/account/second-factor/setup`),
      /** Turns it on with a code of the scanned secret: the 10 recovery codes; 400 `bad-second-factor` (field `code`). */
      enableSecondFactor: (body: SecondFactorCodeRequest) =>
        http.request<RecoveryCodes>('POST', `${V1}/account/second-factor`, { body }),
      /**
       * 204: turned off. 400 `bad-second-factor` (field `code`), `password-wrong` (field `password`); 409
       * `second-factor-required` for an owner whose shop requires it.
       */
      disableSecondFactor: (body: DisableSecondFactorRequest) =>
        http.request<void>('POST', `${V1}/account/second-factor/disable`, { body }),
      /** A new set of recovery codes (the old ones stop working); 400 `bad-second-factor`. */
      newRecoveryCodes: (body: SecondFactorCodeRequest) =>
        http.request<RecoveryCodes>('POST', `${V1}/account/second-factor/recovery-codes`, { body }),
      /** 204: the code confirms the second factor again, for a sensitive action answered 403 `second-factor-recheck-required`. */
      checkSecondFactor: (body: SecondFactorCodeRequest) =>
        http.request<void>('POST', `${V1}/account/second-factor/check`, { body }),
    },
    shops: {
      get: (shopId: string) => http.request<Shop>('GET', `${V1}/shops/${seg(shopId)}`),
      programme: (shopId: string) => http.request<Programme>('GET', `${V1}/shops/${seg(shopId)}/programme`),
      /** OWNER: the setup checklist's state. */
      setup: (shopId: string) => http.request<ShopSetup>('GET', `${V1}/shops/${seg(shopId)}/setup`),
      /** OWNER: hides the setup checklist for the shop (204, again 204). */
      dismissSetup: (shopId: string) => http.request<void>('POST', `${V1}/shops/${seg(shopId)}/setup/dismissal`),
      /** OWNER: either field or both; 422 with field errors for values out of range. */
      updateProgramme: (shopId: string, body: ProgrammeUpdate) =>
        http.request<Programme>('PUT', `${V1}/shops/${seg(shopId)}/programme`, { body }),
      staff: (shopId: string) => http.request<StaffList>('GET', `${V1}/shops/${seg(shopId)}/staff`),
      invite: (shopId: string, body: InviteRequest) =>
        http.request<CreatedInvitation>('POST', `${V1}/shops/${seg(shopId)}/staff/invitations`, { body }),
      /** OWNER: an open invitation stops working (204); 404 `not-found` when it is no longer open. */
      revokeInvitation: (shopId: string, invitationId: string) =>
        http.request<void>('DELETE', `${V1}/shops/${seg(shopId)}/staff/invitations/${seg(invitationId)}`),
      /** OWNER: deactivate (all the person's sessions end at once) or reactivate; 409 `last-owner`. */
      setStaffActive: (shopId: string, staffId: string, active: boolean) =>
        http.request<StaffMember>('PATCH', `${V1}/shops/${seg(shopId)}/staff/${seg(staffId)}`, { body: { active } }),
      /**
       * OWNER: takes away a staff member's second factor (lost phone and recovery codes: they set it up anew); 204;
       * 409 `second-factor-own` (oneself), `second-factor-not-enabled`; may need the owner's code again (403
       * `second-factor-recheck-required`).
       */
      resetStaffSecondFactor: (shopId: string, staffId: string) =>
        http.request<void>('DELETE', `${V1}/shops/${seg(shopId)}/staff/${seg(staffId)}/second-factor`),
      /** OWNER: remove the account for good (its sessions end); 409 `last-owner`. */
      removeStaff: (shopId: string, staffId: string) =>
        http.request<void>('DELETE', `${V1}/shops/${seg(shopId)}/staff/${seg(staffId)}`),
      /** Product categories the shop has used in promotions and purchases, sorted: suggestions for inputs. */
      categories: (shopId: string) => http.request<CategoryList>('GET', `${V1}/shops/${seg(shopId)}/categories`),
      /** OWNER: compares every stored balance with the sum of its ledger entries. */
      ledgerCheck: (shopId: string) => http.request<LedgerCheckReport>('GET', `${V1}/shops/${seg(shopId)}/ledger-check`),
      /** OWNER: how many e-mails were sent, are waiting or failed, and the latest troubles (403 for agents). */
      mailStatus: (shopId: string) => http.request<MailStatus>('GET', `${V1}/shops/${seg(shopId)}/mail-status`),
      /**
       * OWNER: mails a new link to confirm the shop's address (the older one stops working); 409 `already-verified`,
       * 429 `too-many-attempts` after 5 an hour.
       */
      sendEmailVerification: (shopId: string) =>
        http.request<VerificationMailed>('POST', `${V1}/shops/${seg(shopId)}/email-verification`),
      /**
       * OWNER: the shop's audit log, latest first (`limit` 1–200, default 50); `before`: the `nextBefore` of the
       * previous page, for older lines. 403 for agents.
       */
      auditLog: (shopId: string, params: { category?: AuditCategory; before?: number; limit?: number } = {}) =>
        http.request<AuditLogPage>('GET', `${V1}/shops/${seg(shopId)}/audit-log`, { query: params }),
      /** OWNER: queue the given-up mails again. */
      retryFailedMails: (shopId: string) =>
        http.request<MailRetry>('POST', `${V1}/shops/${seg(shopId)}/mail-status/retry`),
    },
    promotions: {
      /** Latest start first. */
      list: (shopId: string) => http.request<PromotionList>('GET', `${V1}/shops/${seg(shopId)}/promotions`),
      /**
       * OWNER: 422 `promotion-period` (endsAt), `promotion-multiplier`, `promotion-bonus`, `promotion-min-amount`,
       * `promotion-category`.
       */
      create: (shopId: string, body: PromotionInput) =>
        http.request<Promotion>('POST', `${V1}/shops/${seg(shopId)}/promotions`, { body }),
      /** Also deactivates (`active: false`). */
      update: (shopId: string, promotionId: string, body: PromotionInput) =>
        http.request<Promotion>('PUT', `${V1}/shops/${seg(shopId)}/promotions/${seg(promotionId)}`, { body }),
    },
    tiers: {
      /** Lowest first, with the programme's grace days. */
      list: (shopId: string) => http.request<TierList>('GET', `${V1}/shops/${seg(shopId)}/tiers`),
      /** OWNER: 409 `tier-threshold-taken`; 422 `tier-threshold`, `tier-multiplier`. */
      create: (shopId: string, body: TierInput) => http.request<Tier>('POST', `${V1}/shops/${seg(shopId)}/tiers`, { body }),
      update: (shopId: string, tierId: string, body: TierInput) =>
        http.request<Tier>('PUT', `${V1}/shops/${seg(shopId)}/tiers/${seg(tierId)}`, { body }),
    },
    apiKeys: {
      list: (shopId: string) => http.request<ApiKeyList>('GET', `${V1}/shops/${seg(shopId)}/api-keys`),
      /** OWNER: the answer carries the secret, shown only this once. */
      issue: (shopId: string, name: string) =>
        http.request<IssuedApiKey>('POST', `${V1}/shops/${seg(shopId)}/api-keys`, { body: { name } satisfies IssueRequest }),
      revoke: (shopId: string, keyId: string) =>
        http.request<void>('DELETE', `${V1}/shops/${seg(shopId)}/api-keys/${seg(keyId)}`),
    },
    rewards: {
      /** Active and retired rewards, cheapest first. */
      list: (shopId: string) => http.request<RewardList>('GET', `${V1}/shops/${seg(shopId)}/rewards`),
      create: (shopId: string, body: RewardInput) =>
        http.request<Reward>('POST', `${V1}/shops/${seg(shopId)}/rewards`, { body }),
      /** Also retires a reward (`active: false`). */
      update: (shopId: string, rewardId: string, body: RewardInput) =>
        http.request<Reward>('PUT', `${V1}/shops/${seg(shopId)}/rewards/${seg(rewardId)}`, { body }),
    },
    vouchers: {
      /** Looks a code up; case, spaces and dashes do not matter. */
      get: (shopId: string, code: string) =>
        http.request<Voucher>('GET', `${V1}/shops/${seg(shopId)}/vouchers/${seg(normaliseVoucherCode(code))}`),
      /** Takes the voucher at the till: 409 `voucher-already-redeemed`, 422 `voucher-expired`. */
      redeem: (shopId: string, code: string, idempotencyKey: string) =>
        http.request<Voucher>('POST', `${V1}/shops/${seg(shopId)}/vouchers/${seg(normaliseVoucherCode(code))}/redemption`, {
          headers: idempotent(idempotencyKey),
        }),
      /** The shop's vouchers, newest first, optionally of one status; `counts` per status. */
      overview: (shopId: string, params: { status?: VoucherFilter; page?: number; size?: number }) =>
        http.request<VoucherOverview>('GET', `${V1}/shops/${seg(shopId)}/vouchers`, { query: params }),
      /**
       * Cancels an open voucher; points it was bought with go back to the customer. 409 `voucher-already-redeemed`,
       * `voucher-expired`; repeating it answers the same without moving points again (`balance` absent).
       */
      cancel: (shopId: string, code: string, body: CancellationRequest) =>
        http.request<VoucherCancelled>('POST', `${V1}/shops/${seg(shopId)}/vouchers/${seg(normaliseVoucherCode(code))}/cancellation`, {
          body,
        }),
    },
    customers: {
      list: (shopId: string, params: { q?: string; page?: number; size?: number }) =>
        http.request<CustomerPage>('GET', `${V1}/shops/${seg(shopId)}/customers`, { query: params }),
      create: (shopId: string, body: NewCustomer) =>
        http.request<CustomerDetail>('POST', `${V1}/shops/${seg(shopId)}/customers`, { body }),
      get: (shopId: string, customerId: string) =>
        http.request<CustomerDetail>('GET', `${V1}/shops/${seg(shopId)}/customers/${seg(customerId)}`),
      /** Corrects name, e-mail and phone: 409 `customer-email-taken`, 422 `invalid-email`, `invalid-phone`. */
      update: (shopId: string, customerId: string, body: CustomerUpdate) =>
        http.request<CustomerDetail>('PUT', `${V1}/shops/${seg(shopId)}/customers/${seg(customerId)}`, { body }),
      /**
       * Mails the customer a new link to set a portal password (the older one stops working): 202 with address and
       * validity; 422 `customer-email-missing`, 409 `portal-active`.
       */
      sendPortalLink: (shopId: string, customerId: string) =>
        http.request<PortalActivation>('POST', `${V1}/shops/${seg(shopId)}/customers/${seg(customerId)}/portal-link`),
      tier: (shopId: string, customerId: string) =>
        http.request<CustomerTier>('GET', `${V1}/shops/${seg(shopId)}/customers/${seg(customerId)}/tier`),
      ledger: (shopId: string, customerId: string, limit = 50) =>
        http.request<LedgerPage>('GET', `${V1}/shops/${seg(shopId)}/customers/${seg(customerId)}/ledger`, {
          query: { limit },
        }),
      purchases: (shopId: string, customerId: string, limit = 50) =>
        http.request<PurchasePage>(
          'GET',
          `${V1}/shops/${seg(shopId)}/customers/${seg(customerId)}/purchases`,
          { query: { limit } },
        ),
      recordPurchase: (shopId: string, customerId: string, body: NewPurchase, idempotencyKey: string) =>
        http.request<PurchaseResult>('POST', `${V1}/shops/${seg(shopId)}/customers/${seg(customerId)}/purchases`, {
          body,
          headers: idempotent(idempotencyKey),
        }),
      /**
       * Goods of a purchase are brought back (staff): its points are taken back, pending first, then available,
       * the rest owed. 422 `return-exceeds-purchase` (field `amount`), `currency-mismatch`, `amount-not-positive`;
       * 404 when the purchase is not this customer's.
       */
      returnPurchase: (shopId: string, customerId: string, purchaseId: string, body: NewReturn, idempotencyKey: string) =>
        http.request<PurchaseReturned>(
          'POST',
          `${V1}/shops/${seg(shopId)}/customers/${seg(customerId)}/purchases/${seg(purchaseId)}/returns`,
          { body, headers: idempotent(idempotencyKey) },
        ),
      /** Staff redeem points for the customer: 422 `insufficient-points`. */
      redeem: (shopId: string, customerId: string, rewardId: string, idempotencyKey: string) =>
        http.request<Redeemed>('POST', `${V1}/shops/${seg(shopId)}/customers/${seg(customerId)}/redemptions`, {
          body: { rewardId } satisfies RedemptionRequest,
          headers: idempotent(idempotencyKey),
        }),
      /** Upcoming point expiries of the customer (step 5), earliest first. */
      expiring: (shopId: string, customerId: string) =>
        http.request<ExpiringPoints>('GET', `${V1}/shops/${seg(shopId)}/customers/${seg(customerId)}/expiring`),
      vouchers: (shopId: string, customerId: string) =>
        http.request<VoucherList>('GET', `${V1}/shops/${seg(shopId)}/customers/${seg(customerId)}/vouchers`),
      /** The customer's service contacts, newest first (the server gives at most 200 at once). */
      contacts: (shopId: string, customerId: string, limit = 50) =>
        http.request<ContactPage>('GET', `${V1}/shops/${seg(shopId)}/customers/${seg(customerId)}/contacts`, {
          query: { limit: Math.min(limit, 200) },
        }),
      /** Staff record a contact: 422 `contact-in-future`, `contact-too-old`, `contact-times-order` naming the field. */
      recordContact: (shopId: string, customerId: string, body: NewContact, idempotencyKey: string) =>
        http.request<Contact>('POST', `${V1}/shops/${seg(shopId)}/customers/${seg(customerId)}/contacts`, {
          body,
          headers: idempotent(idempotencyKey),
        }),
      /** OWNER: ± points with a reason; 422 `insufficient-points`, `reason-required`. */
      adjust: (shopId: string, customerId: string, body: NewAdjustment, idempotencyKey: string) =>
        http.request<Adjusted>('POST', `${V1}/shops/${seg(shopId)}/customers/${seg(customerId)}/adjustments`, {
          body,
          headers: idempotent(idempotencyKey),
        }),
    },
    /**
     * Complaint cases (staff). Every write needs an Idempotency-Key and answers the case as it is afterwards. 409
     * `case-wrong-step` (field `step`), `case-owned-by-other` (field `assigneeId`: take it over first),
     * `case-closed`; see docs/http-api.md, "Complaint cases".
     */
    cases: {
      /** Open cases about to breach (or past) a resolution standard, soonest due first. */
      atRisk: (shopId: string) =>
        http.request<AtRiskList>('GET', `${V1}/shops/${seg(shopId)}/service-standards/at-risk`),
      /** MINE, UNASSIGNED, OPEN (longest waiting first), CLOSED, ALL (newest first); `cursor` of the previous page. */
      list: (shopId: string, params: { view?: CaseView; customerId?: string; cursor?: string; limit?: number } = {}) =>
        http.request<CasePage>('GET', `${V1}/shops/${seg(shopId)}/cases`, { query: params }),
      /** 201 in step GREET, owned by the opener; 422 `case-received-in-future`, `case-received-too-old`. */
      open: (shopId: string, body: NewCase, idempotencyKey: string) =>
        http.request<Case>('POST', `${V1}/shops/${seg(shopId)}/cases`, { body, headers: idempotent(idempotencyKey) }),
      /** The shop's active staff, who can own a case. */
      assignees: (shopId: string) => http.request<AssigneeList>('GET', `${V1}/shops/${seg(shopId)}/cases/assignees`),
      get: (shopId: string, caseId: string) => http.request<Case>('GET', caseUrl(shopId, caseId)),
      /** Begrüßen done: GREET → UNDERSTAND. */
      acknowledge: (shopId: string, caseId: string, body: AcknowledgeRequest, idempotencyKey: string) =>
        http.request<Case>('POST', `${caseUrl(shopId, caseId)}/acknowledgement`, { body, headers: idempotent(idempotencyKey) }),
      /** Verstehen done: UNDERSTAND → AGREE. */
      understand: (shopId: string, caseId: string, body: UnderstandRequest, idempotencyKey: string) =>
        http.request<Case>('POST', `${caseUrl(shopId, caseId)}/understanding`, { body, headers: idempotent(idempotencyKey) }),
      /** Vereinbaren done: AGREE → DELIVER. */
      agree: (shopId: string, caseId: string, body: AgreeRequest, idempotencyKey: string) =>
        http.request<Case>('POST', `${caseUrl(shopId, caseId)}/agreement`, { body, headers: idempotent(idempotencyKey) }),
      /** In DELIVER; 422 `case-action-due-past` (field `dueOn`). */
      planAction: (shopId: string, caseId: string, body: ActionRequest, idempotencyKey: string) =>
        http.request<Case>('POST', `${caseUrl(shopId, caseId)}/actions`, { body, headers: idempotent(idempotencyKey) }),
      /** In DELIVER; 409 `case-action-done`. */
      completeAction: (shopId: string, caseId: string, actionId: string, idempotencyKey: string) =>
        http.request<Case>('POST', `${caseUrl(shopId, caseId)}/actions/${seg(actionId)}/completion`, {
          headers: idempotent(idempotencyKey),
        }),
      /** Liefern done: DELIVER → CLOSE; 409 `case-actions-open` (field `actions`) while an action is open. */
      deliver: (shopId: string, caseId: string, idempotencyKey: string) =>
        http.request<Case>('POST', `${caseUrl(shopId, caseId)}/delivery`, { headers: idempotent(idempotencyKey) }),
      /** Abschließen: CLOSE → CLOSED, with the satisfaction the customer gave. */
      close: (shopId: string, caseId: string, body: CloseRequest, idempotencyKey: string) =>
        http.request<Case>('POST', `${caseUrl(shopId, caseId)}/closing`, { body, headers: idempotent(idempotencyKey) }),
      /** CLOSED → UNDERSTAND, owned by the reopener; 409 `case-not-closed`. */
      reopen: (shopId: string, caseId: string, body: ReopenRequest, idempotencyKey: string) =>
        http.request<Case>('POST', `${caseUrl(shopId, caseId)}/reopening`, { body, headers: idempotent(idempotencyKey) }),
      /** Taking over or handing on (while open); 409 `case-already-assigned`, 422 `case-assignee-unknown`. */
      assign: (shopId: string, caseId: string, body: AssignRequest, idempotencyKey: string) =>
        http.request<Case>('POST', `${caseUrl(shopId, caseId)}/assignment`, { body, headers: idempotent(idempotencyKey) }),
      /** While open; 409 `case-classification-unchanged`. */
      classify: (shopId: string, caseId: string, body: ClassifyRequest, idempotencyKey: string) =>
        http.request<Case>('POST', `${caseUrl(shopId, caseId)}/classification`, { body, headers: idempotent(idempotencyKey) }),
      /** A note on the timeline, in any step. */
      note: (shopId: string, caseId: string, body: NoteRequest, idempotencyKey: string) =>
        http.request<Case>('POST', `${caseUrl(shopId, caseId)}/notes`, { body, headers: idempotent(idempotencyKey) }),
    },
    /**
     * The shop's business hours (staff read, the owner sets): outside them a customer's request is acknowledged by
     * mail at once.
     */
    businessHours: {
      get: (shopId: string) => http.request<BusinessHours>('GET', `${V1}/shops/${seg(shopId)}/business-hours`),
      /** OWNER: replaces them; 422 `business-hours-order` (`days[i].closes`), `business-hours-day-twice` (`days[i].day`). */
      set: (shopId: string, body: BusinessHoursInput) =>
        http.request<BusinessHours>('PUT', `${V1}/shops/${seg(shopId)}/business-hours`, { body }),
    },
    /** Service standards and the owner's reports; see docs/http-api.md, "Service standards". */
    service: {
      standards: (shopId: string) => http.request<ServiceStandardList>('GET', standardsUrl(shopId)),
      /** OWNER: 422 `standard-threshold`, `standard-target`, `standard-name-required`; 409 `too-many-standards`. */
      addStandard: (shopId: string, body: ServiceStandardInput) =>
        http.request<ServiceStandard>('POST', standardsUrl(shopId), { body }),
      /** OWNER: 404 when unknown. */
      removeStandard: (shopId: string, standardId: string) =>
        http.request<void>('DELETE', `${standardsUrl(shopId)}/${seg(standardId)}`),
      /** OWNER: compliance per standard in the period (days `YYYY-MM-DD` in the shop's zone, inclusive); 422 `report-period`. */
      compliance: (shopId: string, from: string, to: string) =>
        http.request<ComplianceReport>('GET', `${standardsUrl(shopId)}/report`, { query: { from, to } }),
      /** OWNER: complaints, satisfaction, goodwill per month, verdicts, categories, customer types and hand-offs. */
      report: (shopId: string, from: string, to: string) =>
        http.request<ServiceReport>('GET', `${V1}/shops/${seg(shopId)}/service-report`, { query: { from, to } }),
    },
    /**
     * Purchase-history imports (OWNER); see docs/http-api.md, "Customer value, step 1". The file goes as it is (fetch
     * streams a `File`), checked as a whole first: 422 (field `file`) with a `detail` in the UI's language when refused.
     */
    imports: {
      /** 202: the job is queued; follow it with `get`. */
      uploadPurchases: (shopId: string, file: Blob, options: { awardPoints: boolean; fileName?: string }) =>
        http.request<ImportAccepted>('POST', `${importsUrl(shopId)}/purchases`, {
          query: { awardPoints: options.awardPoints, fileName: options.fileName },
          raw: { body: file, contentType: 'text/csv' },
        }),
      /** The latest 20 jobs, newest first (without their errors). */
      list: (shopId: string) => http.request<ImportList>('GET', importsUrl(shopId)),
      /** One job with its progress and its first 100 skipped lines. */
      get: (shopId: string, importId: string) =>
        http.request<ImportJob>('GET', `${importsUrl(shopId)}/${seg(importId)}`),
      /** URL of every skipped line as CSV (a download link; same origin, sent with the session cookie). */
      errorsCsvUrl: (shopId: string, importId: string) => http.url(`${importsUrl(shopId)}/${seg(importId)}/errors.csv`),
    },
    /** Acquisition channels, marketing spend, CAC and the value settings; see docs/http-api.md, "Customer value, step 1". */
    acquisition: {
      /** Staff: built-in channels first, then the shop's own. */
      channels: (shopId: string) => http.request<ShopChannelList>('GET', channelsUrl(shopId)),
      /** OWNER: 201; 409 `channel-name-taken`, `too-many-channels`. */
      addChannel: (shopId: string, name: string) =>
        http.request<ShopChannel>('POST', channelsUrl(shopId), { body: { name } satisfies NewChannel }),
      /** OWNER: an empty name gives a built-in channel its default label back; 409 `channel-name-taken`. */
      renameChannel: (shopId: string, code: string, name: string) =>
        http.request<ShopChannel>('PUT', `${channelsUrl(shopId)}/${seg(code)}`, { body: { name } satisfies ChannelName }),
      /** OWNER: spend per channel and month. */
      spend: (shopId: string, from?: string, to?: string) =>
        http.request<SpendList>('GET', `${V1}/shops/${seg(shopId)}/marketing-spend`, months(from, to)),
      /** OWNER: sets the cells (amount "0" clears); one bad cell and nothing changes (422 naming `cells[i].…`). */
      setSpend: (shopId: string, body: SpendInput) =>
        http.request<SpendWritten>('PUT', `${V1}/shops/${seg(shopId)}/marketing-spend`, { body }),
      /** OWNER: CSV `channel,month,amount`; 422 naming `line N: …`, nothing written. */
      importSpend: (shopId: string, file: Blob) =>
        http.request<SpendWritten>('POST', `${importsUrl(shopId)}/marketing-spend`, {
          raw: { body: file, contentType: 'text/csv' },
        }),
      /** OWNER: CAC, LTV:CAC and payback per channel for the months. */
      report: (shopId: string, from?: string, to?: string) =>
        http.request<AcquisitionReport>('GET', `${V1}/shops/${seg(shopId)}/analytics/acquisition`, months(from, to)),
      settings: (shopId: string) => http.request<ValueSettings>('GET', `${V1}/shops/${seg(shopId)}/analytics/settings`),
      /** OWNER: 422 `value-settings-invalid` naming the field. */
      setSettings: (shopId: string, body: ValueSettingsInput) =>
        http.request<ValueSettings>('PUT', `${V1}/shops/${seg(shopId)}/analytics/settings`, { body }),
    },
    /** Gestures of goodwill in complaint cases, within limits and four eyes; see docs/http-api.md, "Goodwill". */
    goodwill: {
      policy: (shopId: string) => http.request<GoodwillPolicy>('GET', `${goodwillUrl(shopId)}/policy`),
      /** OWNER: 422 `goodwill-point-value`, `goodwill-amount` (naming the field), `goodwill-limits-agent`. */
      setPolicy: (shopId: string, body: GoodwillPolicyInput) =>
        http.request<GoodwillPolicy>('PUT', `${goodwillUrl(shopId)}/policy`, { body }),
      /** The case's gestures, oldest first, and what the caller may still give in it without approval. */
      ofCase: (shopId: string, caseId: string) => http.request<CaseGoodwill>('GET', `${caseUrl(shopId, caseId)}/gestures`),
      /** Suggested gestures for the case, best first, with cost and reasons; the same situation, the same answer. */
      recommendations: (shopId: string, caseId: string) =>
        http.request<Recommendations>('GET', `${caseUrl(shopId, caseId)}/gestures/recommendations`),
      /**
       * ISSUED within every limit, else PENDING_APPROVAL; 409 `gesture-wrong-step` outside AGREE/DELIVER; 422
       * `gesture-points`, `gesture-months`, `gesture-amount`, `gesture-description`, `gesture-detail-required`.
       */
      offer: (shopId: string, caseId: string, body: NewGesture, idempotencyKey: string) =>
        http.request<Gesture>('POST', `${caseUrl(shopId, caseId)}/gestures`, { body, headers: idempotent(idempotencyKey) }),
      /** The goodwill the customer received and asked for, oldest first. */
      ofCustomer: (shopId: string, customerId: string) =>
        http.request<GestureList>('GET', `${V1}/shops/${seg(shopId)}/customers/${seg(customerId)}/gestures`),
      /** OWNER: gestures waiting for a decision, oldest first. */
      approvals: (shopId: string) => http.request<GestureList>('GET', `${goodwillUrl(shopId)}/approvals`),
      /**
       * OWNER: given now; 409 `four-eyes` (one's own request), `gesture-decided`; 403 `second-factor-recheck-required`
       * when the second factor is to be confirmed again.
       */
      approve: (shopId: string, gestureId: string, body: DecisionRequest, idempotencyKey: string) =>
        http.request<Gesture>('POST', `${goodwillUrl(shopId)}/gestures/${seg(gestureId)}/approval`, {
          body,
          headers: idempotent(idempotencyKey),
        }),
      /** OWNER: with a reason; 409 `four-eyes`, `gesture-decided`. */
      reject: (shopId: string, gestureId: string, body: RejectionRequest, idempotencyKey: string) =>
        http.request<Gesture>('POST', `${goodwillUrl(shopId)}/gestures/${seg(gestureId)}/rejection`, {
          body,
          headers: idempotent(idempotencyKey),
        }),
      /** OWNER: fee refunds given, oldest first; `paid`: only paid (true), only unpaid (false), or all. */
      refunds: (shopId: string, paid?: boolean) =>
        http.request<GestureList>('GET', `${goodwillUrl(shopId)}/refunds`, { query: { paid } }),
      /** URL of the refunds as CSV for accounting (a download link; same origin, sent with the session cookie). */
      refundsCsvUrl: (shopId: string, paid?: boolean) => http.url(`${goodwillUrl(shopId)}/refunds.csv`, { paid }),
      /** OWNER: the refund was paid out (once; repeating changes nothing); 409 `refund-not-issued`. */
      markRefundPaid: (shopId: string, gestureId: string) =>
        http.request<Gesture>('POST', `${goodwillUrl(shopId)}/refunds/${seg(gestureId)}/payment`),
    },
    /** A customer's subscriptions (plan, monthly fee, paid until): free months move `paidUntil` on. */
    subscriptions: {
      list: (shopId: string, customerId: string) =>
        http.request<SubscriptionList>('GET', subscriptionsUrl(shopId, customerId)),
      /** 422 `subscription-plan-required`, `subscription-fee`. */
      add: (shopId: string, customerId: string, body: SubscriptionInput, idempotencyKey: string) =>
        http.request<Subscription>('POST', subscriptionsUrl(shopId, customerId), { body, headers: idempotent(idempotencyKey) }),
      /** Replaces plan, fee and paid-until. */
      change: (shopId: string, customerId: string, subscriptionId: string, body: SubscriptionInput) =>
        http.request<Subscription>('PUT', `${subscriptionsUrl(shopId, customerId)}/${seg(subscriptionId)}`, { body }),
    },
    /** The follow-up survey behind the mailed one-time link (no login): 404 unknown or expired, 409 `survey-answered`. */
    surveys: {
      get: (token: string) => http.request<Survey>('GET', `${V1}/surveys/${seg(token)}`),
      answer: (token: string, body: SurveyAnswer) =>
        http.request<SurveyAnswered>('POST', `${V1}/surveys/${seg(token)}`, { body }),
    },
    portal: {
      me: () => http.request<PortalMe>('GET', `${V1}/portal/me`),
      /** The goodwill given to the customer, newest first (never its cost). */
      goodwill: () => http.request<PortalGoodwill>('GET', `${V1}/portal/goodwill`),
      /** Remembers the customer's language (the portal's language switch): their e-mails are written in it. */
      setLanguage: (language: 'de' | 'en') =>
        http.request<LanguageDto>('PUT', `${V1}/portal/language`, { body: { language } satisfies LanguageRequest }),
      ledger: (limit = 50) => http.request<LedgerPage>('GET', `${V1}/portal/ledger`, { query: { limit } }),
      /** Status, all tiers of the shop and the customer's tier history. */
      tier: () => http.request<PortalTier>('GET', `${V1}/portal/tier`),
      /** Active rewards only. */
      rewards: () => http.request<RewardList>('GET', `${V1}/portal/rewards`),
      /** 422 `insufficient-points`; 404 for an unknown or retired reward. */
      redeem: (rewardId: string, idempotencyKey: string) =>
        http.request<Redeemed>('POST', `${V1}/portal/rewards/${seg(rewardId)}/redemptions`, {
          headers: idempotent(idempotencyKey),
        }),
      vouchers: () => http.request<VoucherList>('GET', `${V1}/portal/vouchers`),
      /** The shop's expiry rule and the customer's upcoming expiries, earliest first (past `at` = due). */
      expiring: () => http.request<ExpiringPoints>('GET', `${V1}/portal/expiring`),
      /** The customer's own service requests, newest first (the last 50): the status only. */
      requests: () => http.request<ServiceRequestList>('GET', `${V1}/portal/requests`),
      /** A request to the shop (an unassigned case in the agents' inbox); 409 `too-many-open-requests` with five open. */
      openRequest: (body: ServiceRequestInput, idempotencyKey: string) =>
        http.request<ServiceRequest>('POST', `${V1}/portal/requests`, { body, headers: idempotent(idempotencyKey) }),
      /** URL of the voucher's QR code (image/png) for an `<img>`; same origin, sent with the session cookie. */
      voucherQrUrl: (voucherId: string) => http.url(`${V1}/portal/vouchers/${seg(voucherId)}/qr`),
    },
  };
}

export type Api = ReturnType<typeof createApi>;

export function createHttpClient(config: HttpClientConfig = {}): HttpClient {
  return new HttpClient(config);
}
