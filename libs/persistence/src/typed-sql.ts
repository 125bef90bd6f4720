import {
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
  type RawBuilder,
  sql,
} from 'kysely';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

/**
 * Typed SQL over the service's own connection (ADR 0026): a Kysely query builder, typed by the
 * service's `tables.generated.ts`, whose queries run through TypeORM. Inside
 * `dataSource.transaction(manager => ...)` they run in that transaction, beside the outbox append;
 * on the data source they run on a pooled connection, as `dataSource.query` does.
 *
 *   const row = await sqlOf<Tables>(manager).selectFrom('investigation').selectAll()
 *     .where('investigation_id', '=', id).executeTakeFirst();
 *
 * Transactions stay TypeORM's: the builder's own `transaction()` refuses.
 */
export function sqlOf<Tables>(source: DataSource | EntityManager): Kysely<Tables> {
  const manager = 'createQueryRunner' in source ? source.manager : source;
  let db = builders.get(manager);
  if (!db) {
    db = new Kysely<unknown>({
      dialect: {
        createAdapter: () => new PostgresAdapter(),
        createDriver: () => new TypeOrmDriver(manager),
        createIntrospector: (kysely) => new PostgresIntrospector(kysely),
        createQueryCompiler: () => new PostgresQueryCompiler(),
      },
    });
    builders.set(manager, db);
  }
  return db as Kysely<Tables>;
}

const builders = new WeakMap<EntityManager, Kysely<unknown>>();

class TypeOrmDriver implements Driver {
  constructor(private readonly manager: EntityManager) {}

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    return new ManagerConnection(this.manager);
  }

  async beginTransaction(): Promise<void> {
    throw new Error('open transactions with dataSource.transaction(), not through the query builder');
  }

  async commitTransaction(): Promise<void> {
    throw new Error('transactions are committed by dataSource.transaction()');
  }

  async rollbackTransaction(): Promise<void> {
    throw new Error('transactions are rolled back by dataSource.transaction()');
  }

  async releaseConnection(): Promise<void> {}

  async destroy(): Promise<void> {}
}

class ManagerConnection implements DatabaseConnection {
  constructor(private readonly manager: EntityManager) {}

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const parameters = [...compiled.parameters];
    const own = this.manager.queryRunner;
    if (own && !own.isReleased) return asKyselyResult<R>(await own.query(compiled.sql, parameters, true));
    const runner: QueryRunner = this.manager.connection.createQueryRunner();
    try {
      return asKyselyResult<R>(await runner.query(compiled.sql, parameters, true));
    } finally {
      await runner.release();
    }
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streaming is not supported over TypeORM connections');
  }
}

function asKyselyResult<R>(result: { records: unknown[]; affected?: number | null }): QueryResult<R> {
  return {
    rows: result.records as R[],
    ...(result.affected === undefined || result.affected === null
      ? {}
      : { numAffectedRows: BigInt(result.affected) }),
  };
}

/**
 * A `date` column read as `YYYY-MM-DD` text (pg would make it a Date at the server's local midnight);
 * null stays null: `dayText<string | null>('recovery_ends_on').as('recovery_ends_on')`.
 */
export function dayText<T extends string | null = string>(column: string): RawBuilder<T> {
  return sql<T>`to_char(${sql.ref(column)}, 'YYYY-MM-DD')`;
}
