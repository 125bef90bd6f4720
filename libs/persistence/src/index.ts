export * from './data-source';
export * from './database-unavailable';
export * from './wake-listener';
export * from './typed-sql';
