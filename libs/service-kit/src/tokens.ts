/** Injection tokens of what every service is given: its validated configuration and its logger. */
export const SERVICE_CONFIG = Symbol('SERVICE_CONFIG');
export const LOGGER = Symbol('LOGGER');
