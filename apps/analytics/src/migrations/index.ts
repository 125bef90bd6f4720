import { AgencyDirectory1764400000020 } from '@nrm/service-kit';
import { Analytics1764400000601 } from './1764400000601-analytics';
import { DeferredEvents1764400000602 } from './1764400000602-deferred-events';
import { IndicatorAssessments1764400000603 } from './1764400000603-indicator-assessments';

/** The analytics schema, in order (the service kit adds the audit log). */
export const analyticsMigrations = [
  AgencyDirectory1764400000020,
  Analytics1764400000601,
  DeferredEvents1764400000602,
  IndicatorAssessments1764400000603,
];
