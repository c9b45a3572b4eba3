/**
 * Answers of the customer-value API for tests. Its endpoints are not in docs/openapi.json yet, so `mockFetch` cannot
 * check their route keys; {@link withPending} adds them to the checked routes, with bodies typed by ../types.
 */
import { raw, type RawReply, type RecordedCall, type Routes } from '../../../test/render';
import type { AcquisitionReport, CustomerValue, Dashboard, ModelFit, Run, SegmentCustomer } from '../types';

export const SHOP_URL = '/api/v1/shops/shop-1';
export const ANALYTICS = `${SHOP_URL}/analytics`;

/** Routes of endpoints the API document does not describe yet: "METHOD /path" → answer. */
export type PendingRoutes = Record<string, (call: RecordedCall) => Response | Promise<Response>>;

/** The checked routes plus the pending ones (mockFetch still answers 404 to anything else). */
export function withPending<K extends string>(routes: Routes<K>, pending: PendingRoutes): Routes<K> {
  return { ...routes, ...pending } as unknown as Routes<K>;
}

/** A JSON answer of a pending endpoint, its body typed by the caller. */
export function reply<T>(status: number, body: T): RawReply {
  return raw(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }));
}

export const query = (url: string) => new URL(url, 'http://localhost').searchParams;

export const DASHBOARD: Dashboard = {
  currency: 'EUR',
  asOf: '2026-11-30',
  members: 1234,
  activeMembers: 456,
  buyers: 980,
  pointsLiability: { points: 125000, value: '1250.00' },
  redemptionRate: 0.42,
  clv: {
    runId: 'run-1',
    model: 'BG_NBD',
    reason: 'BG/NBD and Gamma-Gamma fitted on 1,234 customers, 560 with repeat purchases',
    computedAt: '2026-11-30T02:15:00Z',
    customers: 980,
    total: '123456.78',
    average: '125.98',
    median: '80.00',
    distribution: [
      { from: '0', to: '50', customers: 400 },
      { from: '50', to: '200', customers: 450 },
      { from: '200', to: null, customers: 130 },
    ],
    top: [
      { customerId: 'cust-1', number: 10042, name: 'Anna Schmidt', clv: '1520.40', pAlive: 0.93, segment: 'ACTIVE' },
      { customerId: 'cust-2', number: 10043, name: 'Müller, Jo', clv: '1210.00', pAlive: 0.41, segment: 'AT_RISK' },
      { customerId: 'cust-3', number: 10044, name: '=HYPERLINK("x")', clv: '990.10', pAlive: null, segment: 'LIKELY_LOST' },
    ],
  },
  segments: [
    { segment: 'ACTIVE', customers: 600, clv: '98000.00' },
    { segment: 'AT_RISK', customers: 250, clv: '21000.00' },
    { segment: 'LIKELY_LOST', customers: 130, clv: '4456.78' },
  ],
  cohorts: [
    { cohort: '2026-09', size: 40, retention: [1, 0.45, 0.3] },
    { cohort: '2026-10', size: 55, retention: [1, 0.38] },
    { cohort: '2026-11', size: 20, retention: [1] },
  ],
  goodwill: {
    recipients: { customers: 12, spent: '240.00', averageClv: '310.00', averageRevenueAfter: '95.50' },
    others: { customers: 968, averageClv: '122.00' },
  },
};

export function run(r: Partial<Run> = {}): Run {
  return {
    id: 'run-1',
    status: 'DONE',
    progress: 1,
    model: 'BG_NBD',
    reason: null,
    customers: 980,
    failure: null,
    createdAt: '2026-11-30T02:00:00Z',
    startedAt: '2026-11-30T02:00:01Z',
    finishedAt: '2026-11-30T02:15:00Z',
    ...r,
  };
}

export function segmentCustomer(i: number, c: Partial<SegmentCustomer> = {}): SegmentCustomer {
  return {
    customerId: `cust-${i}`,
    number: 20000 + i,
    name: `Kunde ${i}`,
    email: `kunde${i}@example.de`,
    clv: '150.00',
    pAlive: 0.4,
    expectedPurchases: '2.5',
    expectedValue: '30.00',
    revenueToDate: '420.00',
    segment: 'AT_RISK',
    lastPurchaseOn: '2026-08-14',
    ...c,
  };
}

export const ACQUISITION: AcquisitionReport = {
  from: '2025-12',
  to: '2026-11',
  currency: 'EUR',
  channels: [
    { channel: 'SOCIAL_MEDIA', builtIn: true, spend: '1200.00', acquired: 40, cac: '30.00', averageClv: '126.00', ltvToCac: '4.2', paybackMonths: '3.5' },
    { channel: 'FLYER_AM_MARKT', name: 'Flyer am Markt', builtIn: false, spend: '300.00', acquired: 5, cac: '60.00', averageClv: '48.00', ltvToCac: '0.8', paybackMonths: '14' },
    { channel: 'IN_STORE', builtIn: true, spend: '0.00', acquired: 200, cac: null, averageClv: '130.00', ltvToCac: null, paybackMonths: null },
  ],
  spend: '1500.00',
  acquired: 245,
  blendedCac: '6.12',
  averageClv: '128.00',
  ltvToCac: '20.9',
};

export const FIT: ModelFit = {
  timeUnit: 'WEEKS',
  calibrationEnd: '2026-06-01',
  holdoutEnd: '2026-11-30',
  customers: 900,
  repeaters: 410,
  bgnbd: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426, logLikelihood: -9582.43, converged: true },
  gammaGamma: { p: 6.25, q: 3.74, gamma: 15.44, logLikelihood: -4000.5 },
  reason: null,
  holdout: {
    weeks: 26,
    calibrationWeeks: 2,
    byFrequency: [
      { frequency: 0, customers: 490, expected: 0.21, actual: 0.18 },
      { frequency: 1, customers: 200, expected: 0.62, actual: 0.7 },
      { frequency: 7, customers: 15, expected: 4.1, actual: 3.9 },
    ],
    cumulative: [
      { week: 1, date: '2026-05-25', expected: 10, actual: 12 },
      { week: 2, date: '2026-06-01', expected: 22, actual: 21 },
      { week: 3, date: '2026-06-08', expected: 35, actual: 30 },
      { week: 4, date: '2026-06-15', expected: 47.6, actual: 44 },
    ],
  },
};

export function customerValue(v: Partial<CustomerValue> = {}): CustomerValue {
  return {
    currency: 'EUR',
    clv: '345.60',
    pAlive: 0.78,
    segment: 'ACTIVE',
    model: 'BG_NBD',
    expectedPurchases: '6.4',
    expectedValue: '54.00',
    revenueToDate: '1234.50',
    computedAt: '2026-11-30T02:15:00Z',
    horizonMonths: 36,
    ...v,
  };
}
