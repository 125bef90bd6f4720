export * from './service-schema';
export * from './handlers-over';
