import { Protection1764400000301 } from './1764400000301-protection';
import { ResidenceReturnsFollowUps1764400000302 } from './1764400000302-residence-returns-follow-ups';
import { CourtTasks1764400000303 } from './1764400000303-court-tasks';
import { PlacementDisclosureBasis1764400000304 } from './1764400000304-placement-disclosure-basis';
import { LeadAgency1764400000305 } from './1764400000305-lead-agency';

/** Protection's own schema, in order (the service kit adds the platform's: `serviceMigrations`). */
export const protectionMigrations = [
  Protection1764400000301,
  ResidenceReturnsFollowUps1764400000302,
  CourtTasks1764400000303,
  PlacementDisclosureBasis1764400000304,
  LeadAgency1764400000305,
];
