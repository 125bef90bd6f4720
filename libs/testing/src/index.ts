export * from './infrastructure';
export * from './topic-recorder';
