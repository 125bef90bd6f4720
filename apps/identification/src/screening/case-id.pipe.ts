import { ParseUUIDPipe } from '@nestjs/common';

/** A case id in a path: a UUID v4, else a 400 problem. */
export const CASE_ID = new ParseUUIDPipe({ version: '4' });
