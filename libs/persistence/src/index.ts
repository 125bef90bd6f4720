export * from './data-source';
export * from './database-unavailable';
export * from './wake-listener';
export * from './typed-sql';
export type * from './column-types.generated';
export type { PlatformTables } from './platform-tables.generated';
