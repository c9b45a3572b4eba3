import type { Gesture } from '../../../api';

/** A gesture in case-1 of cust-1: 120 bonus points (1.20 EUR) given at once by Jonas Weber (user-2), unless given. */
export function gesture(g: Partial<Gesture> = {}): Gesture {
  return {
    id: 'g-1',
    caseId: 'case-1',
    customerId: 'cust-1',
    kind: 'BONUS_POINTS',
    points: 120,
    cost: '1.20',
    currency: 'EUR',
    status: 'ISSUED',
    overLimits: [],
    requestedById: 'user-2',
    requestedByName: 'Jonas Weber',
    requestedAt: '2026-11-27T10:00:00Z',
    issuedAt: '2026-11-27T10:00:00Z',
    ...g,
  };
}
