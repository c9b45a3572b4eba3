/**
 * Types of the customer-value API (lifetime values, segments, cohorts, model quality). The API document does not
 * describe these endpoints yet, so they are written here by hand, exactly as the server answers: money is a decimal
 * string in `currency`, counts and shares are JSON numbers, and a figure that cannot be computed yet is `null`.
 * (The acquisition report is in the document already and comes from the generated schema.)
 */
import type { components } from '../../api/schema';

/** A customer's segment by P(alive): active (≥ 60 %), at risk (25–60 %), likely lost (< 25 %). */
export type Segment = 'ACTIVE' | 'AT_RISK' | 'LIKELY_LOST';
export const SEGMENTS: readonly Segment[] = ['ACTIVE', 'AT_RISK', 'LIKELY_LOST'];

/** The lifetime-value model a run used: BG/NBD (with Gamma-Gamma), the retention fallback or the historical value. */
export type ClvModel = 'BG_NBD' | 'RETENTION' | 'HISTORICAL';
export const CLV_MODELS: readonly ClvModel[] = ['BG_NBD', 'RETENTION', 'HISTORICAL'];

/** `GET /shops/{shopId}/analytics/dashboard` (OWNER). */
export type Dashboard = {
  currency: string;
  /** YYYY-MM-DD */
  asOf: string;
  members: number;
  /** bought in the last 90 days */
  activeMembers: number;
  /** customers with at least one purchase */
  buyers: number;
  /** outstanding points and their value in money */
  pointsLiability: { points: number; value: string };
  /** share (0..1) of the points earned that were redeemed */
  redemptionRate: number | null;
  clv: null | {
    runId: string;
    model: ClvModel;
    /** why this model, a sentence in the request's language */
    reason: string;
    /** ISO instant */
    computedAt: string;
    customers: number;
    total: string;
    average: string;
    median: string;
    /** histogram buckets, the last one open-ended (`to` null) */
    distribution: { from: string; to: string | null; customers: number }[];
    top: { customerId: string; number: number; name: string; clv: string; pAlive: number | null; segment: Segment }[];
  };
  segments: { segment: Segment; customers: number; clv: string }[];
  cohorts: {
    /** YYYY-MM */
    cohort: string;
    size: number;
    /** share (0..1) buying in month 0, 1, 2, … after joining, as many months as observed (at most 12) */
    retention: number[];
  }[];
  goodwill: {
    recipients: { customers: number; spent: string; averageClv: string | null; averageRevenueAfter: string | null };
    others: { customers: number; averageClv: string | null };
  };
};

export type RunStatus = 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED';

/** A scoring run (`GET …/analytics/clv/runs`, newest first). */
export type Run = {
  id: string;
  status: RunStatus;
  /** 0..1 */
  progress: number;
  model: string | null;
  reason: string | null;
  customers: number;
  failure: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
};
export type RunList = { items: Run[] };
/** 202 of `POST …/analytics/clv/runs`. */
export type RunStarted = { id: string; status: RunStatus; href: string };

/** A customer of a segment (`GET …/analytics/clv/customers`). */
export type SegmentCustomer = {
  customerId: string;
  number: number;
  name: string;
  email: string | null;
  clv: string;
  pAlive: number | null;
  expectedPurchases: string | null;
  expectedValue: string | null;
  revenueToDate: string;
  segment: Segment;
  lastPurchaseOn: string | null;
};
export type SegmentCustomerPage = { total: number; items: SegmentCustomer[] };

/** `GET …/analytics/clv/model?calibrationEnd=…&holdoutEnd=…`: the fit and its check against a holdout period. */
export type ModelFit = {
  timeUnit: 'WEEKS';
  calibrationEnd: string;
  holdoutEnd: string | null;
  customers: number;
  repeaters: number;
  bgnbd: null | { r: number; alpha: number; a: number; b: number; logLikelihood: number; converged: boolean };
  gammaGamma: null | { p: number; q: number; gamma: number; logLikelihood: number };
  /** why there is no model (too little history), in the request's language */
  reason: string | null;
  holdout: null | {
    weeks: number;
    /** `frequency` 0..6, and 7 meaning "7 or more" */
    byFrequency: { frequency: number; customers: number; expected: number; actual: number }[];
    /** weekly, calibration and holdout */
    cumulative: { week: number; date: string; expected: number; actual: number }[];
    calibrationWeeks: number;
  };
};

/** `GET /shops/{shopId}/customers/{customerId}/value` (OWNER and AGENT). */
export type CustomerValue = {
  currency: string;
  clv: string | null;
  pAlive: number | null;
  segment: Segment | null;
  model: string | null;
  expectedPurchases: string | null;
  expectedValue: string | null;
  revenueToDate: string;
  computedAt: string | null;
  horizonMonths: number;
};

/** `GET …/analytics/acquisition?from=YYYY-MM&to=YYYY-MM` (in the API document). */
export type AcquisitionReport = components['schemas']['AcquisitionReportDto'];
export type ChannelReport = components['schemas']['ChannelReportDto'];
