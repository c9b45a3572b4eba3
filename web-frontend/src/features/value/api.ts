import { useMemo } from 'react';
import type { HttpClient } from '../../api';
import { useApi } from '../../app/ApiContext';
import type {
  AcquisitionReport,
  CustomerValue,
  Dashboard,
  ModelFit,
  RunList,
  RunStarted,
  Segment,
  SegmentCustomerPage,
} from './types';

const seg = encodeURIComponent;
const analytics = (shopId: string) => `/api/v1/shops/${seg(shopId)}/analytics`;

/**
 * The customer-value endpoints (lifetime values, segments, cohorts, model quality), on the app's HTTP client. Kept
 * next to the feature while the API document does not describe them yet; see `./types`.
 */
export function valueApi(http: HttpClient) {
  return {
    /** OWNER: the figures of the dashboard. */
    dashboard: (shopId: string) => http.request<Dashboard>('GET', `${analytics(shopId)}/dashboard`),
    /** OWNER: the recent scoring runs, newest first. */
    runs: (shopId: string) => http.request<RunList>('GET', `${analytics(shopId)}/clv/runs`),
    /** OWNER: queues a run now (or answers with the one already waiting or running). */
    startRun: (shopId: string) => http.request<RunStarted>('POST', `${analytics(shopId)}/clv/runs`),
    /** OWNER: the customers of a segment, highest lifetime value first. */
    customers: (shopId: string, segment: Segment, limit: number, offset: number) =>
      http.request<SegmentCustomerPage>('GET', `${analytics(shopId)}/clv/customers`, { query: { segment, limit, offset } }),
    /** URL of the whole segment as CSV (a download link; same origin, sent with the session cookie). */
    customersCsvUrl: (shopId: string, segment: Segment) =>
      http.url(`${analytics(shopId)}/clv/customers.csv`, { segment }),
    /** OWNER: fits the model on the history up to `calibrationEnd` and checks it against what happened until `holdoutEnd`. */
    model: (shopId: string, calibrationEnd: string, holdoutEnd: string) =>
      http.request<ModelFit>('GET', `${analytics(shopId)}/clv/model`, { query: { calibrationEnd, holdoutEnd } }),
    /** OWNER: CAC, LTV:CAC and payback per acquisition channel for the months `from`–`to` (YYYY-MM). */
    acquisition: (shopId: string, from: string, to: string) =>
      http.request<AcquisitionReport>('GET', `${analytics(shopId)}/acquisition`, { query: { from, to } }),
    /** OWNER and AGENT: one customer's lifetime value, P(alive) and segment. */
    customerValue: (shopId: string, customerId: string) =>
      http.request<CustomerValue>('GET', `/api/v1/shops/${seg(shopId)}/customers/${seg(customerId)}/value`),
  };
}

export type ValueApi = ReturnType<typeof valueApi>;

/** {@link valueApi} on the app's client (the same object as long as the client stays; fit for effect dependencies). */
export function useValueApi(): ValueApi {
  const { http } = useApi();
  return useMemo(() => valueApi(http), [http]);
}
