import type { ChildProcess } from 'node:child_process';
import type { ServiceRegistration } from '@nrm/contracts';

export interface DevSecrets {
  jwtPrivateKey: string;
  jwtPublicKey: string;
  jwtIssuer: string;
  jwtAudience: string;
  /** Each key of the registry's services (`ServiceRegistration.keys`), by its variable. */
  serviceKeys: Record<string, string>;
}

export interface ServiceHandle {
  name: string;
  url: string;
  child: ChildProcess;
  logFile: string;
  env: Record<string, string>;
}

/** How to reach a broker's SASL listener, and the password of each principal. */
export interface KafkaAccess {
  saslBrokers: string;
  mechanism: 'scram-sha-512';
  credentials: Record<string, string>;
}

export interface LaunchOptions {
  databaseUrl: string;
  brokers: string;
  topicPrefix?: string;
  schemaPrefix?: string;
  basePort?: number;
  logDir: string;
  logLevel?: string;
  secrets?: DevSecrets;
  /** Extra environment variables by service name. */
  serviceEnv?: Record<string, Record<string, string>>;
  /** Services connect as their own principals (and ACLs are declared) when given. */
  kafkaAccess?: KafkaAccess;
  log?: (line: string) => void;
  /** Every service as a module of one Node.js process, instead of one process each. */
  singleProcess?: boolean;
  /** With singleProcess: the services that still run as processes of their own (ones a test stops or kills). */
  ownProcesses?: string[];
}

export interface Platform {
  gatewayUrl: string;
  /** Every service, the gateway last; those in the single-process platform share one child process. */
  services: ServiceHandle[];
  /**
   * The operating-system processes: one per service of its own, and the single-process platform's
   * (named `platform`), each with `restart` (start it again; resolves to the new process) for a supervisor.
   */
  processes: SupervisedProcess[];
  secrets: DevSecrets;
  kafkaAccess?: KafkaAccess;
  /** Drains every process (SIGTERM), the gateway first. */
  stop(): Promise<void>;
  /** Kills every process at once (SIGKILL): for a platform thrown away, such as a test file's. */
  kill(): Promise<void>;
}

export const ROOT: string;
/** The service registry's services, the gateway last. */
export const SERVICES: readonly ServiceRegistration[];
/** Every service but the gateway. */
export const DOMAIN_SERVICES: readonly ServiceRegistration[];
export function devSecrets(dir?: string): DevSecrets;
/** A new development value of a registered key: `label:base64,...` for a keyring, else one bare key. */
export function devKeyValue(labels: readonly string[], kind?: 'aes-256' | 'ec-p256'): string;
export function serviceEnvironment(
  name: string,
  options: LaunchOptions & { secrets: DevSecrets },
): Record<string, string>;
export function declareTopics(options: {
  brokers: string;
  topicPrefix?: string;
  partitions?: number;
  kafkaAccess?: KafkaAccess;
  /** Declares every principal's ACLs (platformKafkaAccess()) as with kafkaAccess. */
  declareAcls?: boolean;
}): Promise<string[] & { acls?: number }>;
/** Deletes every topic under the prefix (a test's platform, thrown away); resolves how many. */
export function deleteTopics(options: { brokers: string; topicPrefix: string }): Promise<number>;
export function runServiceCommand(
  name: string,
  command: string,
  env: Record<string, string>,
): Promise<string>;
export function startService(
  name: string,
  env: Record<string, string>,
  options: { logDir: string; readyTimeoutMs?: number },
): Promise<ServiceHandle & SupervisedProcess>;
export function stopService(handle: ServiceHandle, timeoutMs?: number): Promise<void>;
export function launchPlatform(options: LaunchOptions): Promise<Platform>;

/** A process `supervise` keeps running; `state`, `restarts` and `child` change as it does. */
export interface SupervisedProcess {
  name: string;
  child: ChildProcess;
  logFile: string;
  restart(): Promise<ChildProcess>;
  state?: 'running' | 'restarting';
  restarts?: number;
}
export function supervise(
  processes: SupervisedProcess[],
  options: {
    log(line: string): void;
    isStopping(): boolean;
    onChange?(processes: SupervisedProcess[]): void;
    firstBackoffMs?: number;
  },
): void;
export function describeStates(processes: SupervisedProcess[]): string;
