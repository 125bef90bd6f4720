export * from './case-involvement';
export * from './involvement.events';
export * from './migrations';
