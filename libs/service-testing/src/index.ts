export * from './service-schema';
