import { CasesController } from '../cases/cases.controller';
import { StatisticsController } from '../statistics/statistics.controller';
import { relayControllers } from './relay-controllers';

/** The gateway's controllers: the routes of the table it relays as they are, then those it answers itself. */
export const gatewayControllers = [...relayControllers(), CasesController, StatisticsController];
