export * from './envelope';
export * from './topics';
export * from './vocabulary';
export * from './event-definition';
export * from './catalogue';
export * from './events/intake';
export * from './events/identification';
export * from './events/notifications';
