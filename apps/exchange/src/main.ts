import { runService } from '@nrm/service-kit';
import { service } from './service';

void runService(service);
