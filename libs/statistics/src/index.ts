export * from './suppression';
export * from './regional-table';
