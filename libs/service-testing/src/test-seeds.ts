import { join } from 'node:path';
import { createLogger } from '@nrm/observability';
import type { SeedContext } from '@nrm/service-kit';
import type { HandlerSchema } from './handlers-over';

/** The repository's seeds folder, which the services seed from in tests. */
export const TEST_SEEDS_DIR = join(__dirname, '../../../seeds');

/** Runs a service's seeds, in order, on a test schema from the repository's seeds folder. */
export async function seedTestSchema(
  schema: HandlerSchema,
  ...seeds: ((context: SeedContext) => Promise<unknown>)[]
): Promise<void> {
  const context = {
    dataSource: schema.dataSource,
    seedsDir: TEST_SEEDS_DIR,
    logger: createLogger('seed-test', 'silent'),
  };
  for (const seed of seeds) await seed(context);
}
