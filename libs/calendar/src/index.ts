export * from './local-date';
export * from './working-day-calendar';
