import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { forgetOutbox, takeOutboxStatements } from './outbox';

/** The part of node-postgres's client this needs: simple-protocol queries and literal quoting. */
interface PgClient {
  query(text: string): Promise<{ rows: unknown[] } | { rows: unknown[] }[]>;
  escapeLiteral(text: string): string;
}

/** Quotes a value as an SQL literal; only text, integers and null are ever written this way. */
export type Literal = (value: string | number | null) => string;

/**
 * A consumer's transaction in as few round trips as its work allows: BEGIN travels with the
 * transaction's first statement (the inbox rows), and the outbox rows travel with COMMIT. Both go by
 * PostgreSQL's simple query protocol, which takes several statements at once but no parameters, so
 * their values are written as quoted literals (`literal`). Everything between runs through the
 * TypeORM entity manager as any transaction does; only OutboxWriter's rows are written at commit
 * (no other `beforeTransactionCommit` subscriber exists). On any failure the transaction is rolled
 * back and its outbox rows dropped.
 */
export async function inConsumerTransaction<T>(
  dataSource: DataSource,
  firstStatement: (literal: Literal) => string,
  work: (manager: EntityManager, firstRows: unknown[]) => Promise<T>,
): Promise<T> {
  const queryRunner = dataSource.createQueryRunner();
  const client = (await queryRunner.connect()) as PgClient;
  const literal: Literal = (value) =>
    value === null
      ? 'NULL'
      : typeof value === 'number'
        ? String(Math.trunc(value))
        : client.escapeLiteral(value);
  let sent = false;
  try {
    sent = true;
    const results = await client.query(`BEGIN;\n${firstStatement(literal)}`);
    const first = Array.isArray(results) ? (results[1]?.rows ?? []) : [];
    markActive(queryRunner, true);
    const result = await work(queryRunner.manager, first);
    await client.query(`${takeOutboxStatements(queryRunner, (text) => client.escapeLiteral(text))}\nCOMMIT`);
    sent = false;
    return result;
  } catch (error) {
    forgetOutbox(queryRunner);
    if (sent) await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    markActive(queryRunner, false);
    await queryRunner.release();
  }
}

/** Tells TypeORM the transaction it did not open is open (OutboxWriter and savepoints rely on it). */
function markActive(queryRunner: QueryRunner, active: boolean): void {
  const runner = queryRunner as unknown as { isTransactionActive: boolean; transactionDepth: number };
  runner.isTransactionActive = active;
  runner.transactionDepth = active ? 1 : 0;
}
