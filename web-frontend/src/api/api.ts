import { HttpClient, type HttpClientConfig } from './http';
import type {
  Activation,
  CreatedCustomer,
  CreatedInvitation,
  CustomerDetail,
  CustomerPage,
  Invitation,
  Items,
  LedgerEntry,
  LoginRequest,
  NewCustomer,
  NewPurchase,
  PortalMe,
  Programme,
  Purchase,
  PurchaseResult,
  Session,
  Shop,
  SignupRequest,
  StaffList,
} from './types';

const V1 = '/api/v1';
const seg = encodeURIComponent;

/** Typed functions for every endpoint of docs/http-api.md. */
export function createApi(http: HttpClient) {
  return {
    http,
    auth: {
      session: () => http.request<Session>('GET', `${V1}/auth/session`),
      signup: (body: SignupRequest) => http.request<Session>('POST', `${V1}/auth/signup`, { body }),
      login: (body: LoginRequest) => http.request<Session>('POST', `${V1}/auth/login`, { body }),
      logout: () => http.request<void>('POST', `${V1}/auth/logout`),
      invitation: (token: string) => http.request<Invitation>('GET', `${V1}/auth/invitations/${seg(token)}`),
      acceptInvitation: (token: string, body: { name: string; password: string }) =>
        http.request<Session>('POST', `${V1}/auth/invitations/${seg(token)}/accept`, { body }),
    },
    portalAuth: {
      login: (body: LoginRequest) => http.request<Session>('POST', `${V1}/portal/auth/login`, { body }),
      activation: (token: string) => http.request<Activation>('GET', `${V1}/portal/auth/activations/${seg(token)}`),
      activate: (token: string, body: { password: string }) =>
        http.request<Session>('POST', `${V1}/portal/auth/activations/${seg(token)}`, { body }),
    },
    shops: {
      get: (shopId: string) => http.request<Shop>('GET', `${V1}/shops/${seg(shopId)}`),
      programme: (shopId: string) => http.request<Programme>('GET', `${V1}/shops/${seg(shopId)}/programme`),
      updateProgramme: (shopId: string, body: Programme) =>
        http.request<Programme>('PUT', `${V1}/shops/${seg(shopId)}/programme`, { body }),
      staff: (shopId: string) => http.request<StaffList>('GET', `${V1}/shops/${seg(shopId)}/staff`),
      invite: (shopId: string, body: { email: string; role: 'AGENT' }) =>
        http.request<CreatedInvitation>('POST', `${V1}/shops/${seg(shopId)}/staff/invitations`, { body }),
    },
    customers: {
      list: (shopId: string, params: { q?: string; page?: number; size?: number }) =>
        http.request<CustomerPage>('GET', `${V1}/shops/${seg(shopId)}/customers`, { query: params }),
      create: (shopId: string, body: NewCustomer) =>
        http.request<CreatedCustomer>('POST', `${V1}/shops/${seg(shopId)}/customers`, { body }),
      get: (shopId: string, customerId: string) =>
        http.request<CustomerDetail>('GET', `${V1}/shops/${seg(shopId)}/customers/${seg(customerId)}`),
      ledger: (shopId: string, customerId: string, limit = 50) =>
        http.request<Items<LedgerEntry>>('GET', `${V1}/shops/${seg(shopId)}/customers/${seg(customerId)}/ledger`, {
          query: { limit },
        }),
      purchases: (shopId: string, customerId: string, limit = 50) =>
        http.request<Items<Purchase>>(
          'GET',
          `${V1}/shops/${seg(shopId)}/customers/${seg(customerId)}/purchases`,
          { query: { limit } },
        ),
      recordPurchase: (shopId: string, customerId: string, body: NewPurchase, idempotencyKey: string) =>
        http.request<PurchaseResult>('POST', `${V1}/shops/${seg(shopId)}/customers/${seg(customerId)}/purchases`, {
          body,
          headers: { 'Idempotency-Key': idempotencyKey },
        }),
    },
    portal: {
      me: () => http.request<PortalMe>('GET', `${V1}/portal/me`),
      ledger: (limit = 50) => http.request<Items<LedgerEntry>>('GET', `${V1}/portal/ledger`, { query: { limit } }),
    },
  };
}

export type Api = ReturnType<typeof createApi>;

export function createHttpClient(config: HttpClientConfig = {}): HttpClient {
  return new HttpClient(config);
}
