/**
 * Builders of typed API answers for tests: what a test does not care about gets a neutral value (0 points, no
 * lines, no breakdown), so a mock states only what matters to the test and still matches docs/openapi.json.
 */
import type { AuditEntry, Balance, LedgerEntry, PortalCustomer, Programme, Purchase } from '../api';

/** A balance; what is not given is 0. */
export function balance(b: Partial<Balance> = {}): Balance {
  return { available: 0, pending: 0, owed: 0, ...b };
}

/** A programme with the values the programme page shows before it has loaded one, overridden by `p`. */
export function programme(p: Partial<Programme> = {}): Programme {
  return {
    basePointsPerUnit: '1.0000',
    returnWindowDays: 0,
    rounding: 'DOWN',
    welcomeBonusPoints: 0,
    referralBonusReferrer: 0,
    referralBonusReferee: 0,
    tierGraceDays: 30,
    expiryMode: 'NONE',
    expiryMonths: 12,
    ...p,
  };
}

/** A ledger entry; deltas not given are 0, the breakdown is empty. */
export function ledgerEntry(e: Pick<LedgerEntry, 'id' | 'type' | 'occurredAt'> & Partial<LedgerEntry>): LedgerEntry {
  return { availableDelta: 0, pendingDelta: 0, owedDelta: 0, breakdown: [], ...e };
}

/** A purchase in EUR; nothing pending or returned, no category lines unless given. */
export function purchase(p: Pick<Purchase, 'id' | 'amount' | 'occurredAt' | 'pointsEarned'> & Partial<Purchase>): Purchase {
  return { currency: 'EUR', pointsPending: 0, amountReturned: '0.00', pointsReversed: 0, lines: [], ...p };
}

/** The customer of `GET /portal/me`. */
export const PORTAL_CUSTOMER: PortalCustomer = {
  id: 'cust-1',
  number: '10042',
  firstName: 'Erika',
  lastName: 'Mustermann',
  email: 'erika@example.de',
  language: 'de',
};

/** A line of the audit log by the system, about the shop, without details unless given. */
export function auditEntry(e: Pick<AuditEntry, 'seq' | 'action'> & Partial<AuditEntry>): AuditEntry {
  return {
    occurredAt: '2026-11-23T10:00:00Z',
    security: false,
    actor: { kind: 'SYSTEM' },
    targetType: 'shop',
    targetId: 'shop-1',
    details: {},
    ...e,
  };
}
