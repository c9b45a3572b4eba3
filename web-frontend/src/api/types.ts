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

export interface Programme {
  basePointsPerUnit: string;
}

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

export interface Balance {
  available: number;
  pending: number;
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
}

export interface Purchase {
  id: string;
  amount: string;
  currency: string;
  reference: string | null;
  occurredAt: string;
  pointsEarned: number;
}

export interface NewPurchase {
  amount: string;
  currency: string;
  reference?: string;
  occurredAt?: string;
}

export interface PurchaseResult {
  purchase: Purchase;
  pointsEarned: number;
  balance: Balance;
}

/** Known ledger entry types; the server may add more later. */
export const LEDGER_TYPES = ['PURCHASE_EARN', 'ADJUSTMENT', 'REDEMPTION'] as const;

export interface LedgerEntry {
  id: string;
  /** one of {@link LEDGER_TYPES} or a future type */
  type: string;
  availableDelta: number;
  pendingDelta: number;
  occurredAt: string;
  purchase?: { id: string; amount: string; currency: string; reference: string | null } | null;
  reason?: string | null;
}

export interface Items<T> {
  items: T[];
}

export interface PortalMe {
  customer: { id: string; number: string; firstName: string; lastName: string; email: string };
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
  entriesAvailable: number;
  entriesPending: number;
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
