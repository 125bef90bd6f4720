import { ConfigError, DomainServiceConfig, loadConfig } from './config';

const good = {
  PORT: '3001',
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/nrm',
  KAFKA_BROKERS: '127.0.0.1:9092,kafka-2:9092',
};

describe('loadConfig', () => {
  it('reads, converts and defaults settings', () => {
    const config = loadConfig(DomainServiceConfig, good);
    expect(config.PORT).toBe(3001);
    expect(config.HOST).toBe('127.0.0.1');
    expect(config.KAFKA_TOPIC_PREFIX).toBe('');
  });

  it('names each missing or invalid variable, never its value', () => {
    try {
      loadConfig(DomainServiceConfig, { PORT: 'eighty', DATABASE_URL: 'mysql://secret-password@db' });
      fail('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as ConfigError).message;
      expect(message).toContain('PORT is invalid');
      expect(message).toContain('DATABASE_URL is invalid: must be a postgres:// connection URL');
      expect(message).toContain('KAFKA_BROKERS is missing');
      expect(message).not.toContain('secret-password');
    }
  });

  it('treats an empty variable as missing', () => {
    expect(() => loadConfig(DomainServiceConfig, { ...good, KAFKA_BROKERS: '' })).toThrow(
      'KAFKA_BROKERS is missing',
    );
  });
});
