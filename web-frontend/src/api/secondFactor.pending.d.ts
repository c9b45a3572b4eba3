/**
 * TODO(totp): the two-factor operations, written by hand from the agreed contract until the backend's
 * `docs/openapi.json` describes them (branch `totp`). Only so that test mocks of these paths are type-checked like
 * every other mock (`src/test/render.tsx`). Delete this file once the generated `schema.d.ts` has the paths: the
 * compiler then reports every duplicate here.
 */
import type {
  DisableSecondFactorRequest,
  RecoveryCodes,
  SecondFactorCodeRequest,
  SecondFactorSetup,
  SecondFactorStatus,
  Session,
} from './types';

type Json200<B, Req = never> = {
  requestBody: [Req] extends [never] ? never : { content: { 'application/json': Req } };
  responses: { 200: { content: { 'application/json': B } } };
};
type Empty204<Req> = {
  requestBody: { content: { 'application/json': Req } };
  responses: { 204: { content?: never } };
};
type Path<Ops> = Ops & { parameters: { query?: never; header?: never; path?: never; cookie?: never } };

declare module './schema' {
  interface paths {
    '/api/v1/auth/login/second-factor': Path<{ post: Json200<Session, SecondFactorCodeRequest> }>;
    '/api/v1/portal/auth/login/second-factor': Path<{ post: Json200<Session, SecondFactorCodeRequest> }>;
    '/api/v1/account/second-factor': Path<{
      get: Json200<SecondFactorStatus>;
      post: Json200<RecoveryCodes, SecondFactorCodeRequest>;
    }>;
    '/api/v1/account/second-factor/setup': Path<{ post: Json200<SecondFactorSetup> }>;
    '/api/v1/account/second-factor/disable': Path<{ post: Empty204<DisableSecondFactorRequest> }>;
    '/api/v1/account/second-factor/recovery-codes': Path<{ post: Json200<RecoveryCodes, SecondFactorCodeRequest> }>;
    '/api/v1/account/second-factor/check': Path<{ post: Empty204<SecondFactorCodeRequest> }>;
  }
}
