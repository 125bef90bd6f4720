export * from './infrastructure';
export * from './tcp-proxy';
export * from './postgres-instance';
export * from './containers';
export * from './generated-docs';
