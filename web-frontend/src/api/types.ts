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

export interface LedgerEntry {
  id: string;
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
