export * from './referral';
export * from './referral-changes';
export * from './notifications';
export * from './identification';
export * from './protection';
export * from './prosecution';
export * from './calendar-date';
export * from './audit';
