/**
 * Names of the Stammkunde HTTP API v1 types. The types themselves are generated from the API document
 * `docs/openapi.json` into `schema.d.ts` (`npm run generate:api`, run before every build, test, type check and dev
 * server); this file only gives them the names the UI uses, narrows a few where the UI knows more than the document
 * says, and holds the value lists and limits the forms need.
 */
import type { components, operations } from './schema';

type Schemas = components['schemas'];

/**
 * Money and factors of a request: the document gives Java's BigDecimal as `number`; the client sends decimal strings
 * (`"12.50"`, `"1.5"`), which the server reads exactly, as a JavaScript number could not carry every decimal.
 */
type DecimalStrings<T, K extends keyof T> = Omit<T, K> & { [P in keyof Pick<T, K>]: Exclude<T[P], number> | string };

/** A list of every value of the union `T`, in the order the UI shows them; fails to compile when one is missing. */
function allValues<T extends string>() {
  return <const A extends readonly T[]>(
    values: A & ([Exclude<T, A[number]>] extends [never] ? unknown : { missing: Exclude<T, A[number]> }),
  ) => values;
}

// ── session and shop ────────────────────────────────────────────────────────────────────────────────────────────

export type Shop = Schemas['ShopDto'];
/**
 * The logged-in person. `secondFactorEnabled`: they log in with a code from an authenticator app too;
 * `secondFactorSetupRequired`: an owner whose shop requires two-factor login and who has not set it up yet (every
 * other owner API answers 403 `second-factor-setup-required` until then).
 */
export type SessionUser = Schemas['SessionUser'];
export type Role = SessionUser['role'];

/** `stage` of a session whose password was accepted and whose second factor (a code) is awaited. */
export const SECOND_FACTOR_STAGE = 'second-factor';

/**
 * `GET /auth/session`: the document's `SessionDto`, told apart by `authenticated` (a user exactly when true).
 * `stage` {@link SECOND_FACTOR_STAGE} (not authenticated yet): the password was accepted, the code is awaited.
 */
export type Session =
  | (Omit<Schemas['SessionDto'], 'authenticated' | 'user' | 'stage'> & { authenticated: true; user: SessionUser; stage?: null })
  | (Omit<Schemas['SessionDto'], 'authenticated' | 'user'> & { authenticated: false; user?: undefined });

export type SignupRequest = Schemas['SignupRequest'];
export type LoginRequest = Schemas['LoginRequest'];
export type AcceptInvitationRequest = Schemas['AcceptInvitationRequest'];
export type ActivationRequest = Schemas['ActivationRequest'];
export type Invitation = Schemas['InvitationInfoDto'];
export type Activation = Schemas['ActivationDto'];

// ── two-factor login (TOTP) ─────────────────────────────────────────────────────────────────────────────────────

/**
 * Body of `POST /auth/login/second-factor`, `/portal/auth/login/second-factor` and the account's second-factor
 * calls: a 6-digit code of the authenticator app, or (at login) a recovery code `xxxxx-xxxxx-xxxxx-xxxxx-xxxxx`.
 */
export type SecondFactorCodeRequest = Schemas['SecondFactorCode'];
/**
 * `GET /account/second-factor`: whether the person logs in with a code too (`enabledAt`), whether they must
 * (`required`: an owner whose shop requires it; it cannot be turned off), recovery codes left.
 */
export type SecondFactorStatus = Schemas['SecondFactorStatusDto'];
/** `POST /account/second-factor/setup`: the new secret (base32) for the authenticator app, also as `otpauth://` URI. */
export type SecondFactorSetup = Schemas['SecondFactorSetupDto'];
/** Turning it on or asking for new recovery codes: the codes, shown only this once (older ones stop working). */
export type RecoveryCodes = Schemas['RecoveryCodesDto'];
/** Body of `POST /account/second-factor/disable`. */
export type DisableSecondFactorRequest = Schemas['DisableRequest'];

// ── passwords ───────────────────────────────────────────────────────────────────────────────────────────────────

/** Body of `POST /auth/password-reset` and `/portal/auth/password-reset`: shop slug and the account's e-mail. */
export type PasswordResetRequest = Schemas['ResetRequest'];
/** Whose password a still-open reset link sets. */
export type PasswordReset = Schemas['PasswordResetDto'];
/** Body of completing a reset through the mailed link. */
export type NewPasswordRequest = Schemas['NewPasswordRequest'];
/** Body of `PUT /account/password` (anyone logged in). */
export type ChangePasswordRequest = Schemas['ChangePasswordRequest'];

// ── the shop's e-mail address ───────────────────────────────────────────────────────────────────────────────────

/** The shop and address a mailed confirmation link confirms; `verified`: confirmed already. */
export type EmailVerification = Schemas['EmailVerificationDto'];
/** Confirmed through the link: the shop and how many held mails went out now. */
export type EmailVerified = Schemas['EmailVerifiedDto'];
/** A new confirmation link was mailed: where to and until when it works. */
export type VerificationMailed = Schemas['VerificationMailedDto'];

// ── programme ───────────────────────────────────────────────────────────────────────────────────────────────────

export type Programme = Schemas['ProgrammeDto'];
/**
 * `GET /shops/{id}/setup` (OWNER): the new owner's checklist — programme saved, rewards, customers (0/1), till keys,
 * dismissed, complete, and the shop's time zone and currency.
 */
export type ShopSetup = Schemas['SetupDto'];
/** Body of `PUT .../programme`: only the settings to change. */
export type ProgrammeUpdate = DecimalStrings<Schemas['ProgrammeRequest'], 'basePointsPerUnit'>;

export type Rounding = Programme['rounding'];
export const ROUNDINGS = allValues<Rounding>()(['DOWN', 'HALF_UP']);

/** How points expire (step 5). */
export type ExpiryMode = Programme['expiryMode'];
export const EXPIRY_MODES = allValues<ExpiryMode>()(['NONE', 'AFTER_EARNING', 'AFTER_INACTIVITY']);

/** Limit of the welcome and referral bonuses (checked against the document by `types.test.ts`). */
export const BONUS_POINTS_MAX = 1_000_000;
/** Limits of {@link Programme.expiryMonths}. */
export const EXPIRY_MONTHS_MIN = 1;
export const EXPIRY_MONTHS_MAX = 120;
/** Limit of {@link Programme.tierGraceDays}. */
export const TIER_GRACE_DAYS_MAX = 365;
/** Limits of {@link Programme.returnWindowDays}. */
export const RETURN_WINDOW_DAYS_MAX = 365;

/** One upcoming (or due: `at` in the past) expiry. */
export type ExpiringItem = Schemas['ExpiringDto'];
/** `GET .../expiring`: the expiry rule (`mode`: one of {@link EXPIRY_MODES} or a future one) and upcoming expiries. */
export type ExpiringPoints = Schemas['ExpiringList'];

export type PromotionKind = Schemas['PromotionRequest']['kind'];
/**
 * A promotion. The document gives the answer's `kind` as a plain string; the server writes it from the same enum it
 * reads in requests, and the UI sends it back unchanged (`PUT` to deactivate), so it is typed as that enum here.
 */
export type Promotion = Omit<Schemas['PromotionDto'], 'kind'> & { kind: PromotionKind };
export type PromotionList = Omit<Schemas['PromotionList'], 'items'> & { items: Promotion[] };
export const PROMOTION_KINDS = allValues<PromotionKind>()(['MULTIPLIER', 'FIXED_BONUS']);
/** Body of `POST`/`PUT .../promotions`. */
export type PromotionInput = DecimalStrings<Schemas['PromotionRequest'], 'multiplier' | 'minAmount'>;

/** Longest product category name (promotions and purchase lines). */
export const CATEGORY_MAX_LENGTH = 40;

// ── mail ────────────────────────────────────────────────────────────────────────────────────────────────────────

/** Known e-mail templates of the outbox; the server may add more later. */
export const MAIL_TEMPLATES = ['POINTS_EXPIRING'] as const;
/** A mail of the outbox that failed at least once and was not sent since. */
export type MailTrouble = Schemas['MailTroubleDto'];
/** `GET .../mail-status` (OWNER): the shop's e-mail outbox in numbers and its 20 latest troubles. */
export type MailStatus = Schemas['MailStatusDto'];
export type MailRetry = Schemas['MailRetryDto'];

// ── staff ───────────────────────────────────────────────────────────────────────────────────────────────────────

export type StaffMember = Schemas['StaffDto'];
export type PendingInvitation = Schemas['StaffInvitationDto'];
export type StaffList = Schemas['StaffPage'];
export type InviteRequest = Schemas['InviteRequest'];
/** Answer of inviting: the invitation link went to `email` by mail, valid until `expiresAt`. */
export type CreatedInvitation = Schemas['InvitedDto'];

// ── customers ───────────────────────────────────────────────────────────────────────────────────────────────────

/** A channel code: a built-in one (labelled by `channel.<code>`) or one of the shop's own (it has a name). */
export type AcquisitionChannel = Schemas['CreateCustomerRequest']['acquisitionChannel'];
/** The built-in channels every shop has (`GET …/acquisition-channels` adds the shop's own). */
export const ACQUISITION_CHANNELS: readonly AcquisitionChannel[] = ([
  'IN_STORE',
  'WEBSITE',
  'SOCIAL_MEDIA',
  'REFERRAL',
  'ADVERTISING',
  'EVENT',
  'PARTNER',
  'OTHER',
] as const);

/**
 * A customer's points. `owed` > 0: a return took back points the customer had already spent; while anything
 * is owed nothing is available, and new points pay it off first.
 */
export type Balance = Schemas['BalanceDto'];
export type CustomerSummary = Schemas['CustomerSummary'];
/** A customer; right after creating one with an e-mail address also its `portalActivation`. */
export type CustomerDetail = Schemas['CustomerDetail'];
/** A portal link was mailed to the customer (`mailedTo`); it works once, until `expiresAt`. Staff never see it. */
export type PortalActivation = Schemas['PortalActivationDto'];
export type CustomerPage = Schemas['CustomerPage'];
export type NewCustomer = Schemas['CreateCustomerRequest'];
/**
 * Body of `PUT …/customers/{customerId}` (all four replaced; blank/null clears e-mail and phone): 409
 * `customer-email-taken` (email), 422 `invalid-email`, `invalid-phone` (phone).
 */
export type CustomerUpdate = Schemas['UpdateCustomerRequest'];

// ── acquisition channels, marketing spend, CAC (docs/http-api.md, "Customer value, step 1") ────────────────────

/**
 * An acquisition channel of the shop (`GET …/acquisition-channels`, built-in ones first): `name` null for a built-in
 * one that keeps its translated label (`channel.<code>`); `customers` acquired through it.
 */
export type ShopChannel = Schemas['ChannelDto'];
export type ShopChannelList = Schemas['ChannelList'];
/** Body of adding a channel (OWNER): 409 `channel-name-taken`, `too-many-channels` (50); 422 `channel-name-invalid`. */
export type NewChannel = Schemas['NewChannel'];
/** Body of renaming one: empty (or null) gives a built-in channel its default label back. */
export type ChannelName = Schemas['ChannelName'];
/** Longest channel name. */
export const CHANNEL_NAME_MAX = 60;
/** One cell of the spend grid: `channel` code, `month` `YYYY-MM`, `amount` a decimal string in the shop's currency. */
export type SpendCell = Schemas['SpendCell'];
/** `GET …/marketing-spend?from=&to=` (OWNER): the cells with spend, in the shop's `currency`. */
export type SpendList = Schemas['SpendList'];
/** Body of `PUT …/marketing-spend`: amount `"0"` clears a cell; 422 naming `cells[i].channel|month|amount`. */
export type SpendInput = Schemas['SpendInput'];
/** How many cells a spend write or CSV import set. */
export type SpendWritten = Schemas['Written'];
/**
 * `GET …/analytics/acquisition?from=&to=` (OWNER): per channel spend, customers acquired, CAC, their average lifetime
 * value, LTV:CAC and payback in months, and the same blended; a figure that cannot be computed is null, never 0.
 */
export type AcquisitionReport = Schemas['AcquisitionReportDto'];
export type ChannelReport = Schemas['ChannelReportDto'];
/** The owner's value settings (used for lifetime values): the answer gives the percentages as JSON numbers. */
export type ValueSettings = Schemas['SettingsDto'];
/** Body of `PUT …/analytics/settings`: 422 `value-settings-invalid` naming the field. */
export type ValueSettingsInput = DecimalStrings<ValueSettings, 'grossMarginPercent' | 'annualDiscountRatePercent'>;
export const VALUE_HORIZON_MONTHS_MAX = 120;

// ── purchase-history import ─────────────────────────────────────────────────────────────────────────────────────

/** Answer of uploading a purchase file: the queued job and its address. */
export type ImportAccepted = Schemas['ImportAccepted'];
/**
 * An import job: `rowsTotal` data lines, `rowsDone` processed so far, of those `imported`, `duplicates` (there
 * already) and `skipped`; `errors`: the first 100 skipped lines (only in the answer of one job, empty in the list).
 */
export type ImportJob = Schemas['ImportDto'];
export type ImportList = Schemas['ImportList'];
export type ImportLineError = Schemas['ErrorDto'];
/** Known states of {@link ImportJob.status} (the document gives a plain string). */
export const IMPORT_STATUSES = ['QUEUED', 'RUNNING', 'DONE', 'FAILED'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

// ── purchases ───────────────────────────────────────────────────────────────────────────────────────────────────

export type Purchase = Schemas['PurchaseDto'];
export type PurchasePage = Schemas['PurchasePage'];
/**
 * What a purchase spent in one product category ("Kaffee", "Torten"), for category promotions. Categories
 * compare without regard to case; the lines of a purchase together are at most its amount, the rest counts
 * as uncategorised.
 */
export type PurchaseLine = Schemas['PurchaseLineDto'];
/** Most category lines of one purchase. */
export const PURCHASE_LINES_MAX = 50;
/** One category line of a new purchase, amount in the shop currency. */
export type NewPurchaseLine = DecimalStrings<Schemas['LineRequest'], 'amount'>;
/**
 * Body of `POST .../purchases`; `lines`: at most {@link PURCHASE_LINES_MAX}; 422 `purchase-lines-exceed-amount`
 * (field `lines`), `purchase-line-category`, `purchase-line-amount` (field `lines[i].category`/`lines[i].amount`).
 */
export type NewPurchase = Omit<DecimalStrings<Schemas['RecordPurchaseRequest'], 'amount'>, 'lines'> & {
  lines?: NewPurchaseLine[] | null;
};
/** Answer of recording a purchase: `lines` are the purchase's category lines, merged (one per category). */
export type PurchaseResult = Schemas['RecordedDto'];
/** Body of `POST .../purchases/{purchaseId}/returns`. */
export type NewReturn = DecimalStrings<Schemas['ReturnRequest'], 'amount'>;
/** Answer of a return: what was taken back and the customer's balance after it. */
export type PurchaseReturned = Schemas['ReturnedDto'];

// ── ledger ──────────────────────────────────────────────────────────────────────────────────────────────────────

/** Known ledger entry types; the server may add more later. */
export const LEDGER_TYPES = [
  'PURCHASE_EARN',
  'ADJUSTMENT',
  'REDEMPTION',
  'RELEASE',
  'RETURN',
  'SHORTFALL_SETTLEMENT',
  'WELCOME_BONUS',
  'REFERRAL_BONUS',
  'EXPIRY',
  'GOODWILL',
  'VOUCHER_CANCELLED',
] as const;
export type LedgerType = (typeof LEDGER_TYPES)[number];

/** `type`: one of {@link LEDGER_TYPES} or a future type. */
export type LedgerEntry = Schemas['LedgerEntryDto'];
export type LedgerPage = Schemas['LedgerPage'];
export const BREAKDOWN_RULES = ['base', 'promotion', 'welcome', 'referral', 'tier', 'goodwill'] as const;
/** Which rule (one of {@link BREAKDOWN_RULES} or a future rule) gave how many of an entry's points. */
export type BreakdownPart = Schemas['BreakdownPart'];

export type NewAdjustment = Schemas['AdjustmentRequest'];
/** A service contact with the customer (any channel); see docs/http-api.md, "Service contacts". */
export type Contact = Schemas['ContactDto'];
export type ContactPage = Schemas['ContactPage'];
export type NewContact = Schemas['ContactRequest'];
export type ContactChannel = Contact['channel'];
export type ContactDirection = Contact['direction'];
export type CustomerType = NonNullable<Contact['customerType']>;
export type Adjusted = Schemas['AdjustedDto'];

export type BalanceDifference = Schemas['DifferenceDto'];
export type LedgerCheckReport = Schemas['LedgerCheckDto'];

// ── complaint cases ─────────────────────────────────────────────────────────────────────────────────────────────

/**
 * A complaint case with its actions, satisfaction and timeline (oldest entry first); see docs/http-api.md,
 * "Complaint cases". `assignee`: its owner, absent while nobody owns it.
 */
export type Case = Schemas['CaseDto'];
/** A case in a list (`GET .../cases`): `openActions` and the earliest due day of those (`nextDueOn`). */
export type CaseSummary = Schemas['CaseSummary'];
/** A page of cases; `cursor`: pass it back for the next page, absent at the end. */
export type CasePage = Schemas['CasePage'];
/** An action promised in step DELIVER, due on a day of the shop's zone; `doneAt` once done. */
export type CaseAction = Schemas['ActionDto'];
/** One line of a case's timeline; `by`: a name, `assignee`: the new owner of ASSIGNED and HANDED_OFF. */
export type CaseEntry = Schemas['EntryDto'];
/** Scores asked when closing (each may be missing) and the verdict drawn from them. */
export type CaseSatisfaction = Schemas['SatisfactionDto'];
/** A staff member as a case names them. */
export type StaffRef = Schemas['StaffRef'];
/** Who can own a case: the shop's active staff. */
export type Assignee = Schemas['AssigneeDto'];
export type AssigneeList = Schemas['AssigneeList'];

export type CaseStep = Case['step'];
/** The interaction cycle in order; CLOSED follows CLOSE. */
export const CASE_STEPS = allValues<CaseStep>()(['GREET', 'UNDERSTAND', 'AGREE', 'DELIVER', 'CLOSE', 'CLOSED']);
export type CaseCategory = Case['category'];
export const CASE_CATEGORIES = allValues<CaseCategory>()([
  'PRODUCT_QUALITY',
  'DELIVERY',
  'BILLING',
  'SERVICE',
  'STAFF',
  'LOYALTY_PROGRAMME',
  'OTHER',
]);
export type CaseSeverity = Case['severity'];
export const CASE_SEVERITIES = allValues<CaseSeverity>()(['LOW', 'MEDIUM', 'HIGH', 'CRITICAL']);
export type CaseEntryKind = CaseEntry['kind'];
/**
 * Timeline kinds the UI has words for; the server adds kinds with new features (the timeline shows an unknown kind
 * as it comes), so this list is not required to be complete.
 */
export const CASE_ENTRY_KINDS = ([
  'OPENED',
  'ACKNOWLEDGED',
  'UNDERSTOOD',
  'AGREED',
  'ACTION_PLANNED',
  'ACTION_DONE',
  'DELIVERED',
  'CLOSED',
  'REOPENED',
  'ASSIGNED',
  'HANDED_OFF',
  'CLASSIFIED',
  'NOTE',
] as const) satisfies readonly CaseEntryKind[];
export type CaseVerdict = NonNullable<CaseSatisfaction['verdict']>;
export const CASE_VERDICTS = allValues<CaseVerdict>()(['DISSATISFIED', 'SATISFIED', 'HIGHLY_SATISFIED']);
/** `view` of `GET .../cases`: the console's lists. */
export type CaseView = NonNullable<NonNullable<operations['caseList']['parameters']['query']>['view']>;
export const CASE_VIEWS = allValues<CaseView>()(['MINE', 'UNASSIGNED', 'OPEN', 'CLOSED', 'ALL']);

/** Body of `POST .../cases`: a complaint of the customer, opened in step GREET and owned by whoever opens it. */
export type NewCase = Schemas['OpenCaseRequest'];
export type AcknowledgeRequest = Schemas['AcknowledgeRequest'];
export type UnderstandRequest = Schemas['UnderstandRequest'];
export type AgreeRequest = Schemas['AgreeRequest'];
/** `dueOn`: `YYYY-MM-DD`, not before today in the shop's zone. */
export type ActionRequest = Schemas['ActionRequest'];
/** Scores 1–5, `effort` 1–7 (1 = very easy); each may be left out. */
export type CloseRequest = Schemas['CloseRequest'];
export type ReopenRequest = Schemas['ReopenRequest'];
export type AssignRequest = Schemas['AssignRequest'];
export type ClassifyRequest = Schemas['ClassifyRequest'];
export type NoteRequest = Schemas['NoteRequest'];

// ── business hours ──────────────────────────────────────────────────────────────────────────────────────────────

/**
 * The shop's business hours (`GET .../business-hours`): the open weekdays (a weekday not listed is closed), the
 * shop's `timeZone`, whether it is open now and, while closed, when it opens next. Times are `HH:mm` (a server may
 * add `:ss`).
 */
export type BusinessHours = Schemas['BusinessHoursDto'];
/** One open weekday: `opens` before `closes`, the same day. */
export type DayHours = Schemas['DayHours'];
export type Weekday = DayHours['day'];
/** The weekdays, Monday first. */
export const WEEKDAYS = allValues<Weekday>()(['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY']);
/**
 * Body of `PUT .../business-hours` (OWNER): each weekday at most once; 422 `business-hours-order` (field
 * `days[i].closes`), `business-hours-day-twice` (field `days[i].day`).
 */
export type BusinessHoursInput = Schemas['BusinessHoursInput'];

// ── goodwill ────────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * A gesture of goodwill offered in a complaint case (see docs/http-api.md, "Goodwill"): `cost` in `currency` (a
 * decimal string), `status`, the limits it was above (`overLimits`), who asked and who decided. `description`: the
 * reward of a voucher, the plan of free months, the fee or the gift.
 */
export type Gesture = Schemas['GestureDto'];
export type GestureList = Schemas['GestureList'];
export type GestureKind = Gesture['kind'];
export const GESTURE_KINDS = allValues<GestureKind>()(['BONUS_POINTS', 'VOUCHER', 'FREE_MONTHS', 'FEE_REFUND', 'GIFT']);
export type GestureStatus = Gesture['status'];
export const GESTURE_STATUSES = allValues<GestureStatus>()(['ISSUED', 'PENDING_APPROVAL', 'REJECTED']);
/** A limit a gesture was above: the agent's per gesture, per case, per month, or the shop's monthly budget. */
export type GestureLimit = Gesture['overLimits'][number];
export const GESTURE_LIMITS = allValues<GestureLimit>()(['PER_GESTURE', 'PER_CASE', 'PER_MONTH', 'MONTHLY_BUDGET']);
/**
 * What the caller may still give in a case without approval, in `currency`: `perGesture`, `leftInCase`,
 * `leftThisMonth` (absent for owners, who have no agent limits), `budgetLeft` of the shop's month, `pointValue`.
 */
export type Allowance = Schemas['AllowanceDto'];
/** `GET .../cases/{caseId}/gestures`: the case's gestures (oldest first) and the caller's allowance. */
export type CaseGoodwill = Schemas['CaseGoodwill'];
/**
 * Body of `POST .../cases/{caseId}/gestures`: the details its kind needs (`points`; `rewardId`; `subscriptionId` and
 * `months`; `description` and `amount` of a fee refund or a gift, the amount in the shop's currency).
 */
export type NewGesture = DecimalStrings<Schemas['GestureRequest'], 'amount'>;
/** Limits of {@link NewGesture} (checked against the document by `types.test.ts`). */
export const GESTURE_POINTS_MAX = 100_000;
export const GESTURE_MONTHS_MAX = 12;
export const GESTURE_DESCRIPTION_MAX = 400;
/** The goodwill policy as answered (amounts as decimal strings); `ownLimits`: agents with limits of their own. */
export type GoodwillPolicy = Schemas['PolicyView'];
export type GoodwillLimits = Schemas['LimitsView'];
/** Limits in a policy to save: amounts 0–1,000,000 with at most 2 decimals. */
export type GoodwillLimitsInput = DecimalStrings<Schemas['LimitsDto'], 'perGesture' | 'perCase' | 'perMonth'>;
/**
 * Body of `PUT .../goodwill/policy` (OWNER): a point's worth (> 0, ≤ 10) and the monthly budget in the shop's currency;
 * 422 `goodwill-point-value`, `goodwill-amount` (naming the field), `goodwill-limits-agent`.
 */
export type GoodwillPolicyInput = Omit<
  DecimalStrings<Schemas['PolicyDto'], 'pointValue' | 'monthlyBudget'>,
  'agentLimits' | 'ownLimits'
> & {
  agentLimits: GoodwillLimitsInput;
  ownLimits: { staffId: string; limits: GoodwillLimitsInput }[];
};
/** Body of an owner's approval: an optional reason. */
export type DecisionRequest = Schemas['DecisionRequest'];
/** Body of an owner's rejection: the reason is required. */
export type RejectionRequest = Schemas['RejectionRequest'];
/**
 * A customer's subscription: `paidUntil` (`YYYY-MM-DD`, the last day paid for) moves on with free months.
 * `monthlyFee` comes as a JSON number (not a decimal string like other money).
 */
export type Subscription = Schemas['SubscriptionDto'];
export type SubscriptionList = Schemas['SubscriptionList'];
/** Body of adding or changing a subscription: 422 `subscription-plan-required`, `subscription-fee`. */
export type SubscriptionInput = DecimalStrings<Schemas['SubscriptionInput'], 'monthlyFee'>;

// ── tiers ───────────────────────────────────────────────────────────────────────────────────────────────────────

export type Tier = Schemas['TierDto'];
/** Body of `POST`/`PUT .../tiers`: threshold in the shop currency, multiplier e.g. `"1.5"`. */
export type TierInput = DecimalStrings<Schemas['TierRequest'], 'threshold' | 'multiplier'>;
export type TierList = Schemas['TierList'];
export type TierStatus = Schemas['TierStatusDto'];
export const TIER_CHANGE_KINDS = ['UPGRADE', 'DOWNGRADE', 'GRACE_STARTED', 'GRACE_ENDED'] as const;
/** `kind`: one of {@link TIER_CHANGE_KINDS}; `fromTier`/`toTier`: tier names. */
export type TierChange = Schemas['TierChangeDto'];
/** `GET .../customers/{id}/tier` (staff). */
export type CustomerTier = Schemas['TierStatusWithHistory'];
/** `GET /portal/tier`: also all tiers of the shop, lowest first. */
export type PortalTier = Schemas['PortalTier'];

// ── till API keys ───────────────────────────────────────────────────────────────────────────────────────────────

export type ApiKey = Schemas['ApiKeyDto'];
export type ApiKeyList = Schemas['ApiKeyList'];
export type IssueRequest = Schemas['IssueRequest'];
/** Answer of issuing a key: the only time the `secret` is shown. */
export type IssuedApiKey = Omit<ApiKey, 'secret'> & { secret: string };

// ── audit log ───────────────────────────────────────────────────────────────────────────────────────────────────

/** `category` of `GET .../audit-log`: everything, or only the security events. */
export type AuditCategory = NonNullable<NonNullable<operations['auditLogPage']['parameters']['query']>['category']>;
export const AUDIT_CATEGORIES = allValues<AuditCategory>()(['ALL', 'SECURITY']);
/** Known kinds of {@link AuditActor.kind}; the document gives a plain string, so the UI stays open for new ones. */
export const AUDIT_ACTOR_KINDS = ['STAFF', 'CUSTOMER', 'API_KEY', 'SYSTEM', 'SIGNUP', 'ANONYMOUS'] as const;
/** Who did it: `kind` one of {@link AUDIT_ACTOR_KINDS} or a future one; `name`: a staff member's current name. */
export type AuditActor = Schemas['ActorDto'];
/**
 * One line of the audit log: `action` such as `login.failed` (the server may add more), `security` whether it is a
 * security event, `details` as recorded (`address` on every line recorded during a request).
 */
export type AuditEntry = Schemas['AuditEntryDto'];
/** Latest first; `nextBefore`: pass as `before` for the older lines, absent or null at the end. */
export type AuditLogPage = Schemas['AuditLogPageDto'];

// ── portal ──────────────────────────────────────────────────────────────────────────────────────────────────────

export type PortalMe = Schemas['PortalMe'];
export type PortalCustomer = Schemas['PortalCustomer'];
/** Body and answer of `PUT /portal/language` (`de`/`en`). */
export type LanguageRequest = Schemas['LanguageRequest'];
export type LanguageDto = Schemas['LanguageDto'];

/**
 * A request the customer opened in the portal: `status` only (the agents' notes stay inside); `number` as the case's.
 */
export type ServiceRequest = Schemas['ServiceRequest'];
export type ServiceRequestList = Schemas['ServiceRequestList'];
/** Body of `POST /portal/requests`: 409 `too-many-open-requests` with five open. */
export type ServiceRequestInput = Schemas['ServiceRequestInput'];
export type ServiceRequestStatus = ServiceRequest['status'];
export const SERVICE_REQUEST_STATUSES = allValues<ServiceRequestStatus>()(['RECEIVED', 'IN_PROGRESS', 'RESOLVED']);

// ── rewards and vouchers ────────────────────────────────────────────────────────────────────────────────────────

export type RewardKind = Schemas['RewardRequest']['kind'];
export const REWARD_KINDS = allValues<RewardKind>()(['AMOUNT_OFF', 'PERCENT_OFF', 'FREE_ITEM']);

/** A reward; `kind` typed as the request's enum for the same reason as {@link Promotion.kind}. */
export type Reward = Omit<Schemas['RewardDto'], 'kind'> & { kind: RewardKind };
export type RewardList = Omit<Schemas['RewardList'], 'items'> & { items: Reward[] };
/** Body of `POST`/`PUT .../rewards`; the amount is in the shop currency. */
export type RewardInput = DecimalStrings<Schemas['RewardRequest'], 'amount' | 'percent'>;

/**
 * Typed-in values the server asks about (422, problem member `confirmable: "true"`): a purchase far above the shop's
 * usual (`implausible-amount` on `amount`, with `usualUpTo`), a reward giving back too much (`implausible-reward` on
 * `amount`, `implausible-percent` on `percent`). Sent again with `"confirmed": true` in the body (the same
 * Idempotency-Key: a refused request is not stored) it is taken.
 */
export const IMPLAUSIBLE_CODES = ['implausible-amount', 'implausible-reward', 'implausible-percent'] as const;

export const VOUCHER_STATUSES = ['ISSUED', 'REDEEMED', 'EXPIRED', 'CANCELLED'] as const;
export type VoucherStatus = (typeof VOUCHER_STATUSES)[number];
/** `status`: one of {@link VOUCHER_STATUSES} or one the UI does not know yet. */
export type Voucher = Schemas['VoucherDto'];
export type VoucherList = Schemas['VoucherList'];
/** `status` filter of the shop's voucher overview; none: all vouchers. */
export type VoucherFilter = NonNullable<NonNullable<operations['voucherOverview']['parameters']['query']>['status']>;
export const VOUCHER_FILTERS = allValues<VoucherFilter>()(['ISSUED', 'REDEEMED', 'EXPIRED', 'CANCELLED']);
/** A page of the shop's vouchers (newest first) with the customer of each and the number of vouchers per status. */
export type VoucherOverview = Schemas['VoucherOverview'];
export type VoucherOverviewItem = Schemas['VoucherOverviewItem'];
export type VoucherCounts = Schemas['VoucherCounts'];
/** Body of cancelling an open voucher: an optional `reason` (≤ {@link CANCELLATION_REASON_MAX}), kept in the audit log. */
export type CancellationRequest = Schemas['CancellationRequest'];
export const CANCELLATION_REASON_MAX = 200;
/**
 * Answer of a cancellation: the voucher (CANCELLED), the points given back and the customer's balance after it
 * (`balance` absent when the voucher was already cancelled and nothing moved).
 */
export type VoucherCancelled = Schemas['VoucherCancelledDto'];
/**
 * What a reward or voucher is worth: `amount`+`currency` (AMOUNT_OFF), `percent` or `item`; `kind` one of
 * {@link REWARD_KINDS} or one the UI does not know yet.
 */
export type RewardValue = Pick<Schemas['RewardDto'], 'kind' | 'amount' | 'currency' | 'percent' | 'item'>;
/** Answer of a redemption: the new voucher and the customer's balance after it. */
export type Redeemed = Schemas['RedeemedDto'];
export type RedemptionRequest = Schemas['RedemptionRequest'];

export type CategoryList = Schemas['CategoryList'];

// ── errors ──────────────────────────────────────────────────────────────────────────────────────────────────────

/** An RFC 9457 problem document as the server sends it. */
export type Problem = Schemas['Problem'];
/** One entry of `errors` in a problem document. */
export type FieldError = NonNullable<Problem['errors']>[number];

/** The follow-up survey of a closed complaint, behind the mailed link; see docs/http-api.md, "Satisfaction survey". */
export type Survey = Schemas['SurveyDto'];
export type SurveyAnswer = Schemas['SurveyAnswer'];
export type SurveyAnswered = Schemas['SurveyAnswered'];

/** Suggested gestures for a case; see docs/http-api.md, "Goodwill" (recommendations). */
export type Recommendations = Schemas['RecommendationsDto'];
export type Recommendation = Schemas['RecommendationDto'];
/** The goodwill a customer received, as the portal shows it. */
export type PortalGoodwill = Schemas['ReceivedList'];
/** Open cases about to breach a resolution standard; see docs/http-api.md, "Service standards". */
export type AtRiskList = Schemas['AtRiskList'];

// ── service standards and the service report ─────────────────────────────────────────────────────────────────────

/**
 * A service standard (see docs/http-api.md, "Service standards"): `targetPercent` % of contacts (of one `channel`, or
 * all) within `thresholdMinutes` — first response, handling time, or resolution of complaint cases.
 */
export type ServiceStandard = Schemas['StandardDto'];
export type ServiceStandardList = Schemas['StandardList'];
export type ServiceMetric = ServiceStandard['metric'];
export const SERVICE_METRICS = allValues<ServiceMetric>()(['FIRST_RESPONSE', 'HANDLING', 'RESOLUTION']);
/**
 * Body of `POST .../service-standards` (OWNER): `thresholdMinutes` 1–86,400, `targetPercent` 1–99.9 as a decimal
 * string; 422 `standard-threshold`, `standard-target`, `standard-name-required`; 409 `too-many-standards`.
 */
export type ServiceStandardInput = DecimalStrings<Schemas['StandardInput'], 'targetPercent'>;
export const STANDARD_THRESHOLD_MAX_MINUTES = 86_400;
/** `GET .../service-standards/report`: per standard the overall share within, met or not, by channel and by agent. */
export type ComplianceReport = Schemas['Report'];
export type Compliance = Schemas['ComplianceDto'];
/** `measured` contacts or cases, `within` the threshold, `percent` (absent when nothing was measured). */
export type Share = Schemas['ShareDto'];
/** `GET .../service-report`: complaints, CSAT, effort, goodwill per month, verdicts, categories, types, hand-offs. */
export type ServiceReport = Schemas['ReportDto'];
export type ServiceReportMonth = Schemas['MonthDto'];
export type Handoffs = Schemas['HandoffsDto'];
