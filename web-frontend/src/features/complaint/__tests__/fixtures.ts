import type { Allowance, Case, CaseGoodwill, CaseSummary } from '../../../api';

/** A case of Anna Schmidt in step GREET, owned by the test user (user-1), nothing recorded yet unless given. */
export function complaintCase(c: Partial<Case> = {}): Case {
  return {
    id: 'case-1',
    number: 12,
    customerId: 'cust-1',
    customerName: 'Anna Schmidt',
    subject: 'Brötchen waren hart',
    description: 'Am Samstag gekauft, schon mittags hart.',
    category: 'PRODUCT_QUALITY',
    severity: 'HIGH',
    channel: 'PHONE',
    customerType: 'GRUMBLER',
    step: 'GREET',
    assignee: { id: 'user-1', name: 'Maria Müller' },
    receivedAt: '2026-11-27T09:15:00Z',
    openedAt: '2026-11-27T09:20:00Z',
    satisfaction: {},
    handoffs: 0,
    reopens: 0,
    actions: [],
    timeline: [{ kind: 'OPENED', at: '2026-11-27T09:20:00Z', by: 'Maria Müller', text: 'Brötchen waren hart' }],
    version: 1,
    ...c,
  };
}

/** The list entry of a case (defaults as {@link complaintCase}). */
export function caseSummary(c: Partial<CaseSummary> = {}): CaseSummary {
  return {
    id: 'case-1',
    number: 12,
    customerId: 'cust-1',
    customerName: 'Anna Schmidt',
    subject: 'Brötchen waren hart',
    category: 'PRODUCT_QUALITY',
    severity: 'HIGH',
    channel: 'PHONE',
    step: 'UNDERSTAND',
    assignee: { id: 'user-1', name: 'Maria Müller' },
    receivedAt: '2026-11-27T09:15:00Z',
    handoffs: 0,
    reopens: 0,
    openActions: 0,
    ...c,
  };
}

/** An agent's allowance with the default policy (10.00 / 20.00 / 100.00, budget 300.00, a point 0.01), nothing used. */
export function allowance(a: Partial<Allowance> = {}): Allowance {
  return {
    currency: 'EUR',
    perGesture: '10.00',
    leftInCase: '20.00',
    leftThisMonth: '100.00',
    budgetLeft: '300.00',
    pointValue: '0.01',
    ...a,
  };
}

/** `GET .../cases/{caseId}/gestures`: no gestures yet unless given, the default agent's allowance. */
export function caseGoodwill(g: Partial<CaseGoodwill> = {}): CaseGoodwill {
  return { items: [], allowance: allowance(), ...g };
}
