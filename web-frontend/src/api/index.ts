export * from './types';
export * from './errors';
export * from './http';
export * from './api';
export * from './idempotency';
