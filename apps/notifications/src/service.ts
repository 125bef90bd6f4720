import type { ServiceDefinition } from '@nrm/service-kit';
import { seedAgencies } from './agencies/seed-agencies';
import { seedRouting } from './routing/seed-routing';
import { Notifications1764400000601 } from './migrations/1764400000601-notifications';
import { Urgency1764400000602 } from './migrations/1764400000602-urgency';
import { DeliveryChannels1764400000603 } from './migrations/1764400000603-delivery-channels';
import { RoutingReadStateDigests1764400000604 } from './migrations/1764400000604-routing-read-state-digests';
import { DeliveryWakeTrigger1764400000605 } from './migrations/1764400000605-delivery-wake-trigger';
import { DeliveryLease1764400000606 } from './migrations/1764400000606-delivery-lease';
import { NotificationsConfig } from './notifications.config';
import { NotificationsModule } from './notifications.module';

/** The notifications service: what `main.js` runs alone and the single-process platform runs beside the others. */
export const service: ServiceDefinition<NotificationsConfig> = {
  name: 'notifications',
  configClass: NotificationsConfig,
  appModule: NotificationsModule,
  database: {
    entities: [],
    migrations: [
      Notifications1764400000601,
      Urgency1764400000602,
      DeliveryChannels1764400000603,
      RoutingReadStateDigests1764400000604,
      DeliveryWakeTrigger1764400000605,
      DeliveryLease1764400000606,
    ],
    seed: async (context) => `${await seedAgencies(context)}, ${await seedRouting(context)}`,
  },
};
