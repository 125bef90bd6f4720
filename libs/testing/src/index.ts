export * from './infrastructure';
export * from './tcp-proxy';
export * from './postgres-instance';
export {
  TEST_IMAGES,
  containerEngineInUse,
  guardRunContainers,
  probeContainerEngine,
  reapLeftContainers,
  removeRunContainers,
} from './container-engine';
export type { ContainerEngine } from './container-engine';
export * from './containers';
export * from './generated-docs';
export * from './referral-received';
