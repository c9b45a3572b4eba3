/** Types of the Stammkunde HTTP API v1 (see docs/http-api.md). */

export type Role = 'OWNER' | 'AGENT' | 'CUSTOMER';

export interface Shop {
  id: string;
  slug: string;
  name: string;
  currency: string;
  timeZone: string;
}

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  shop: Shop;
}

export type Session = { authenticated: true; user: SessionUser } | { authenticated: false; user?: undefined };

export interface SignupRequest {
  shopName: string;
  shopSlug: string;
  currency: string;
  timeZone: string;
  ownerName: string;
  email: string;
  password: string;
}

export interface LoginRequest {
  shop: string;
  email: string;
  password: string;
}

export interface Invitation {
  shopName: string;
  email: string;
  role: Role;
}

export interface Activation {
  shopName: string;
  email: string;
  firstName: string;
}

export const ROUNDINGS = ['DOWN', 'HALF_UP'] as const;
export type Rounding = (typeof ROUNDINGS)[number];

export interface Programme {
  /** points per 1.00 of the shop currency, e.g. `"1.0000"` */
  basePointsPerUnit: string;
  /** days a purchase's points stay pending (0–365; 0 = available at once) */
  returnWindowDays: number;
  /** how fractional points of a purchase are rounded (step 3) */
  rounding?: Rounding;
  /** points a new customer gets once (0–1,000,000) */
  welcomeBonusPoints?: number;
  /** points for the customer who referred a new one */
  referralBonusReferrer?: number;
  /** points for the referred new customer */
  referralBonusReferee?: number;
  /** days below a tier's threshold before the nightly evaluation downgrades (0–365) */
  tierGraceDays?: number;
  /** when points expire (step 5); absent from a server before step 5 (= NONE) */
  expiryMode?: ExpiryMode;
  /** months for {@link Programme.expiryMode} (1–120) */
  expiryMonths?: number;
}

/** Limit of the welcome and referral bonuses. */
export const BONUS_POINTS_MAX = 1_000_000;
/** How points expire (step 5). */
export const EXPIRY_MODES = ['NONE', 'AFTER_EARNING', 'AFTER_INACTIVITY'] as const;
export type ExpiryMode = (typeof EXPIRY_MODES)[number];
/** Limits of {@link Programme.expiryMonths}. */
export const EXPIRY_MONTHS_MIN = 1;
export const EXPIRY_MONTHS_MAX = 120;

/** One upcoming (or due: `at` in the past) expiry. */
export interface ExpiringItem {
  at: string;
  points: number;
}

/** `GET .../expiring`: the shop's expiry rule and the customer's upcoming expiries, earliest first. */
export interface ExpiringPoints {
  /** one of {@link EXPIRY_MODES} or a future mode */
  mode: string;
  months: number;
  items: ExpiringItem[];
}

/** Known e-mail templates of the outbox; the server may add more later. */
export const MAIL_TEMPLATES = ['POINTS_EXPIRING'] as const;

/** A mail of the outbox that failed at least once and was not sent since. */
export interface MailTrouble {
  id: string;
  recipient: string;
  /** one of {@link MAIL_TEMPLATES} or a future template */
  template: string;
  /** true: given up (after 10 attempts or a rejected address); false: waiting for `nextAttemptAt` */
  failed: boolean;
  attempts: number;
  lastError?: string | null;
  queuedAt: string;
  nextAttemptAt?: string | null;
}

/** `GET .../mail-status` (OWNER): the shop's e-mail outbox in numbers and its 20 latest troubles. */
export interface MailStatus {
  /** SMTP, or LOG when the server has no mail server configured (then "sent" mails only went to its log). */
  delivery?: 'SMTP' | 'LOG';
  pending: number;
  sent: number;
  failed: number;
  troubles: MailTrouble[];
}

/** Limit of {@link Programme.tierGraceDays}. */
export const TIER_GRACE_DAYS_MAX = 365;

/** Body of `PUT .../programme`: either field or both. */
export type ProgrammeUpdate = Partial<Programme>;

/** Limits of {@link Programme.returnWindowDays}. */
export const RETURN_WINDOW_DAYS_MAX = 365;

export interface StaffMember {
  id: string;
  name: string;
  email: string;
  role: Role;
}

export interface PendingInvitation {
  id: string;
  email: string;
  role: Role;
  expiresAt: string;
}

export interface StaffList {
  items: StaffMember[];
  invitations: PendingInvitation[];
}

export interface CreatedInvitation extends PendingInvitation {
  acceptPath: string;
}

export const ACQUISITION_CHANNELS = [
  'IN_STORE',
  'WEBSITE',
  'SOCIAL_MEDIA',
  'REFERRAL',
  'ADVERTISING',
  'EVENT',
  'PARTNER',
  'OTHER',
] as const;
export type AcquisitionChannel = (typeof ACQUISITION_CHANNELS)[number];

/**
 * A customer's points. `owed` > 0: a return took back points the customer had already spent; while anything
 * is owed nothing is available, and new points pay it off first.
 */
export interface Balance {
  available: number;
  pending: number;
  owed: number;
}

export interface CustomerSummary {
  id: string;
  number: string;
  firstName: string;
  lastName: string;
  email: string | null;
  acquisitionChannel: AcquisitionChannel;
  acquiredOn: string;
  balance: Balance;
}

export interface CustomerDetail extends CustomerSummary {
  phone: string | null;
  portalEnabled: boolean;
  createdAt: string;
}

export interface PortalActivation {
  activationPath: string;
  expiresAt: string;
}

export interface CreatedCustomer extends CustomerDetail {
  portalActivation?: PortalActivation | null;
}

export interface CustomerPage {
  items: CustomerSummary[];
  page: number;
  size: number;
  total: number;
}

export interface NewCustomer {
  firstName: string;
  lastName: string;
  email?: string;
  phone?: string;
  acquisitionChannel: AcquisitionChannel;
  acquiredOn?: string;
  /** id of the referring customer of the shop; the channel becomes REFERRAL (422 `unknown-referrer`) */
  referredBy?: string;
}

export interface Purchase {
  id: string;
  amount: string;
  currency: string;
  reference: string | null;
  occurredAt: string;
  pointsEarned: number;
  /** points of this purchase still waiting for `releaseAt` (the end of the return window) */
  pointsPending: number;
  /** when the pending points become available */
  releaseAt?: string | null;
  /** money returned so far, e.g. `"10.00"` */
  amountReturned: string;
  /** points taken back by returns so far */
  pointsReversed: number;
  /** what the purchase spent per product category (empty when the till did not say; absent from older servers) */
  lines?: PurchaseLine[];
}

/** Body of `POST .../purchases/{purchaseId}/returns`. */
export interface NewReturn {
  amount: string;
  currency: string;
}

/** Answer of a return: what was taken back and the customer's balance after it. */
export interface PurchaseReturned {
  id: string;
  purchaseId: string;
  amount: string;
  currency: string;
  pointsReversed: number;
  occurredAt: string;
  balance: Balance;
}

/** Longest product category name (promotions and purchase lines). */
export const CATEGORY_MAX_LENGTH = 40;
/** Most category lines of one purchase. */
export const PURCHASE_LINES_MAX = 50;

/**
 * What a purchase spent in one product category ("Kaffee", "Torten"), for category promotions. Categories
 * compare without regard to case; the lines of a purchase together are at most its amount, the rest counts
 * as uncategorised.
 */
export interface PurchaseLine {
  category: string;
  /** shop currency, e.g. `"12.50"` */
  amount: string;
}

export interface NewPurchase {
  amount: string;
  currency: string;
  reference?: string;
  occurredAt?: string;
  /** at most {@link PURCHASE_LINES_MAX}; 422 `purchase-lines-exceed-amount` (field `lines`), `purchase-line-category`, `purchase-line-amount` (field `lines[i].category`/`lines[i].amount`) */
  lines?: PurchaseLine[];
}

export interface PurchaseResult {
  purchase: Purchase;
  pointsEarned: number;
  balance: Balance;
  /** the purchase's category lines, merged (one per category); absent from a server before category promotions */
  lines?: PurchaseLine[];
}

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
] as const;
export type LedgerType = (typeof LEDGER_TYPES)[number];

export interface LedgerEntry {
  id: string;
  /** one of {@link LEDGER_TYPES} or a future type */
  type: string;
  availableDelta: number;
  pendingDelta: number;
  /** + when a RETURN took back spent points, − when a SHORTFALL_SETTLEMENT paid them off */
  owedDelta: number;
  occurredAt: string;
  purchase?: {
    id: string;
    amount: string;
    currency: string;
    reference: string | null;
    /** points of the purchase still pending */
    pointsPending?: number;
    /** when they become available (only while pending) */
    releaseAt?: string | null;
  } | null;
  reason?: string | null;
  /** which rule gave how many of the entry's points (step 3) */
  breakdown?: BreakdownPart[];
}

export const BREAKDOWN_RULES = ['base', 'promotion', 'welcome', 'referral', 'tier'] as const;

export interface BreakdownPart {
  /** one of {@link BREAKDOWN_RULES} or a future rule */
  rule: string;
  /** the base rate, the promotion's or tier's name, the other customer's name */
  label?: string | null;
  points: number;
}

export const PROMOTION_KINDS = ['MULTIPLIER', 'FIXED_BONUS'] as const;
export type PromotionKind = (typeof PROMOTION_KINDS)[number];

export interface Promotion {
  id: string;
  name: string;
  kind: PromotionKind;
  /** e.g. `"2"` or `"1.5"` (MULTIPLIER) */
  multiplier?: string | null;
  /** FIXED_BONUS */
  bonusPoints?: number | null;
  /** shop currency */
  minAmount?: string | null;
  startsAt: string;
  endsAt: string;
  active: boolean;
  /**
   * Product category the promotion counts (absent or null: the whole purchase). With a category a multiplier
   * applies only to the points of what the purchase spent in it, and `minAmount` refers to that spend.
   */
  category?: string | null;
}

/** Body of `POST`/`PUT .../promotions`. */
export interface PromotionInput {
  name: string;
  kind: PromotionKind;
  multiplier?: string;
  bonusPoints?: number;
  minAmount?: string;
  startsAt: string;
  endsAt: string;
  active?: boolean;
  /** 1–{@link CATEGORY_MAX_LENGTH} characters; null or absent: the whole purchase */
  category?: string | null;
}

export interface Tier {
  id: string;
  name: string;
  /** qualifying spend in the shop currency, e.g. `"500.00"` */
  threshold: string;
  /** e.g. `"1.5"` */
  multiplier: string;
}

export interface TierInput {
  name: string;
  threshold: string;
  multiplier: string;
}

export interface TierList {
  items: Tier[];
  graceDays: number;
}

export interface TierStatus {
  tier?: Tier | null;
  /** purchases minus returns of the last 12 months */
  qualifyingSpend: string;
  next?: Tier | null;
  missingForNext?: string | null;
  since?: string | null;
  downgradeAt?: string | null;
  downgradeTo?: Tier | null;
}

export const TIER_CHANGE_KINDS = ['UPGRADE', 'DOWNGRADE', 'GRACE_STARTED', 'GRACE_ENDED'] as const;

export interface TierChange {
  /** one of {@link TIER_CHANGE_KINDS} */
  kind: string;
  fromTier?: Tier | string | null;
  toTier?: Tier | string | null;
  qualifyingSpend: string;
  occurredAt: string;
}

export interface CustomerTier {
  status: TierStatus;
  history: TierChange[];
  /** portal only: all tiers of the shop, lowest first */
  tiers?: Tier[];
}

export interface ApiKey {
  id: string;
  name: string;
  /** last characters of the secret, e.g. `"abcd"` */
  hint: string;
  createdAt: string;
  revokedAt?: string | null;
}

/** Answer of issuing a key: the only time the secret is shown. */
export interface IssuedApiKey extends ApiKey {
  secret: string;
}

export interface Items<T> {
  items: T[];
}

export interface PortalMe {
  customer: {
    id: string;
    number: string;
    firstName: string;
    lastName: string;
    email: string;
    /** the language of the customer's e-mails (`de`/`en`); absent from a server before step 5 */
    language?: string;
  };
  shop: Shop;
  balance: Balance;
}

export const REWARD_KINDS = ['AMOUNT_OFF', 'PERCENT_OFF', 'FREE_ITEM'] as const;
export type RewardKind = (typeof REWARD_KINDS)[number];

/** What a reward or voucher is worth: `amount`+`currency` (AMOUNT_OFF), `percent` or `item`. */
export interface RewardValue {
  kind: RewardKind;
  amount?: string | null;
  currency?: string | null;
  percent?: string | null;
  item?: string | null;
}

export interface Reward extends RewardValue {
  id: string;
  name: string;
  description?: string | null;
  pointsCost: number;
  validityDays: number;
  active: boolean;
}

/** Body of `POST`/`PUT .../rewards`; the amount is in the shop currency. */
export interface RewardInput {
  name: string;
  description?: string;
  pointsCost: number;
  kind: RewardKind;
  amount?: string;
  percent?: string;
  item?: string;
  validityDays?: number;
  active?: boolean;
}

export const VOUCHER_STATUSES = ['ISSUED', 'REDEEMED', 'EXPIRED'] as const;
export type VoucherStatus = (typeof VOUCHER_STATUSES)[number];

export interface Voucher extends RewardValue {
  id: string;
  /** e.g. `7K3M-Q9XA-2B4C-HT8R` */
  code: string;
  rewardName: string;
  pointsSpent: number;
  validFrom: string;
  validUntil: string;
  status: VoucherStatus;
  redeemedAt?: string | null;
}

/** Answer of a redemption: the new voucher and the customer's balance after it. */
export interface Redeemed {
  voucher: Voucher;
  balance: Balance;
}

export interface NewAdjustment {
  /** ± points, not 0 */
  points: number;
  reason: string;
}

export interface Adjusted {
  entry: LedgerEntry;
  balance: Balance;
}

export interface BalanceDifference {
  customerId: string;
  storedAvailable: number;
  storedPending: number;
  /** sent by the server since step 2 (not yet in docs/http-api.md) */
  storedOwed?: number;
  entriesAvailable: number;
  entriesPending: number;
  entriesOwed?: number;
}

export interface LedgerCheckReport {
  checkedAt: string;
  accounts: number;
  consistent: boolean;
  differences: BalanceDifference[];
}

/** One entry of `errors` in an RFC 9457 problem document. */
export interface FieldError {
  field: string;
  message: string;
}

export interface ProblemDocument {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  code?: string;
  errors?: FieldError[];
}
