export * from './config';
export * from './problem';
export * from './problem.filter';
export * from './validation';
export * from './actor';
export * from './health';
export * from './bootstrap';
export * from './periodic-task';
