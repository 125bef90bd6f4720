export * from './case-involvement';
export * from './involvement.events';
export * from './migrations';
export * from './case-involvement.module';
