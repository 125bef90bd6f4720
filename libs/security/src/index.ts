export * from './field-cipher';
export * from './access-token';
export * from './webhook-signature';
