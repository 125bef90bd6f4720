import { ParseUUIDPipe } from '@nestjs/common';

/** A case id in a path: a version 4 UUID, as intake draws them. */
export const CASE_ID = new ParseUUIDPipe({ version: '4' });
