export * from './key-provider';
export * from './data-keyring';
export * from './access-token';
export * from './webhook-signature';
