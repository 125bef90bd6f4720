export * from './service-schema';
export * from './handlers-over';
export * from './test-seeds';
