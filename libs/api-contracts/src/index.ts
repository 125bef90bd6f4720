export * from './referral';
export * from './notifications';
