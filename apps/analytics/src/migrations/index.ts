import { Analytics1764400000601 } from './1764400000601-analytics';
import { DeferredEvents1764400000602 } from './1764400000602-deferred-events';
import { IndicatorAssessments1764400000603 } from './1764400000603-indicator-assessments';

/** The analytics service's own schema, in order (the service kit adds the platform's: `serviceMigrations`). */
export const analyticsMigrations = [
  Analytics1764400000601,
  DeferredEvents1764400000602,
  IndicatorAssessments1764400000603,
];
