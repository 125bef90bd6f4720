import type { Selectable } from 'kysely';
import type { DB as Tables } from '../database/tables.generated';

/*
 * The statistics rows' tables, typed by the generated table types (a renamed column fails to compile
 * here), and the one set-based insert statement of each.
 */

export type StatisticsTableName =
  'stat_referral' | 'stat_notice' | 'stat_case_stage' | 'stat_prosecution' | 'stat_indicator_assessment';

/** A row as it travels in the statement's JSON: every column of the table, instants as ISO 8601. */
export type StatisticsRow<T extends StatisticsTableName> = {
  [C in keyof Selectable<Tables[T]>]: Selectable<Tables[T]>[C] extends Date
    ? string
    : Selectable<Tables[T]>[C];
};

type Column<T extends StatisticsTableName> = keyof Selectable<Tables[T]> & string;

interface StatisticsTable<T extends StatisticsTableName> {
  name: T;
  key: Column<T>;
  /** Columns in the order of the table, with their SQL types. */
  columns: [Column<T>, string][];
  /**
   * A referral is one row per person, the last record wins; an indicator assessment is one row per
   * person, the latest by the given column wins (then the last record); every other record is a row
   * of its own.
   */
  onConflict: 'update' | 'nothing' | { newest: Column<T> };
}

const table = <T extends StatisticsTableName>(definition: StatisticsTable<T>) => definition;

/** The columns a stage record's row begins with, in the tables of case stages and of prosecutions. */
const stageRecordColumns: [Column<'stat_case_stage'> & Column<'stat_prosecution'>, string][] = [
  ['record_id', 'uuid'],
  ['subject', 'text'],
  ['stage', 'text'],
  ['month', 'text'],
];

const tables = {
  referral: table({
    name: 'stat_referral',
    key: 'subject',
    columns: [
      ['subject', 'text'],
      ['month', 'text'],
      ['referral_channel', 'text'],
      ['referring_agency_type', 'text'],
      ['age_band', 'text'],
      ['child', 'boolean'],
      ['sex', 'text'],
      ['nationalities', 'text[]'],
      ['exploitation_types', 'text[]'],
      ['immediate_risk', 'boolean'],
    ],
    onConflict: 'update',
  }),
  notice: table({
    name: 'stat_notice',
    key: 'record_id',
    columns: [
      ['record_id', 'uuid'],
      ['month', 'text'],
      ['referral_channel', 'text'],
      ['age_band', 'text'],
      ['sex', 'text'],
      ['nationalities', 'text[]'],
      ['exploitation_types', 'text[]'],
    ],
    onConflict: 'nothing',
  }),
  caseStage: table({
    name: 'stat_case_stage',
    key: 'record_id',
    columns: [
      ...stageRecordColumns,
      ['outcome', 'text'],
      ['service_type', 'text'],
      ['days_since_referral', 'int'],
    ],
    onConflict: 'nothing',
  }),
  prosecution: table({
    name: 'stat_prosecution',
    key: 'record_id',
    columns: [
      ...stageRecordColumns,
      ['article', 'text'],
      ['verdict_outcome', 'text'],
      ['linked_cases', 'int'],
    ],
    onConflict: 'nothing',
  }),
  indicator: table({
    name: 'stat_indicator_assessment',
    key: 'subject',
    columns: [
      ['subject', 'text'],
      ['record_id', 'uuid'],
      ['month', 'text'],
      ['assessed_at', 'timestamptz'],
      ['outcome', 'text'],
      ['complete', 'boolean'],
      ['weak_provenance', 'boolean'],
      ['child', 'boolean'],
      ['catalogue_version', 'text'],
      ['rule_version', 'text'],
      ['lists', 'text[]'],
      ['list_outcomes', 'text[]'],
      ['positive_dimensions', 'text[]'],
      ['present_indicators', 'text[]'],
    ],
    onConflict: { newest: 'assessed_at' },
  }),
};

/** One multi-row statement per table: the rows travel as one JSON array, whatever their number. */
function insertStatement<T extends StatisticsTableName>({
  name,
  key,
  columns,
  onConflict,
}: StatisticsTable<T>): string {
  const names = columns.map(([column]) => column).join(', ');
  const update = `ON CONFLICT (${key}) DO UPDATE SET ${columns
    .filter(([column]) => column !== key)
    .map(([column]) => `${column} = EXCLUDED.${column}`)
    .join(', ')}`;
  const conflict =
    onConflict === 'nothing'
      ? `ON CONFLICT (${key}) DO NOTHING`
      : onConflict === 'update'
        ? update
        : `${update} WHERE EXCLUDED.${onConflict.newest} >= ${name}.${onConflict.newest}`;
  return (
    `INSERT INTO ${name} (${names}) SELECT ${names} FROM jsonb_to_recordset($1::jsonb) ` +
    `AS r(${columns.map(([column, type]) => `${column} ${type}`).join(', ')}) ${conflict}`
  );
}

/** The insert statement of each table's rows. */
export const statements = {
  referral: insertStatement(tables.referral),
  notice: insertStatement(tables.notice),
  caseStage: insertStatement(tables.caseStage),
  prosecution: insertStatement(tables.prosecution),
  indicator: insertStatement(tables.indicator),
};
