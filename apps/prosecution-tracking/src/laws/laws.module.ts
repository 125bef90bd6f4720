import { Module } from '@nestjs/common';
import { LawsController } from './laws.controller';
import { LawCatalogueQuery } from './queries/law-catalogue';

/** The catalogue of laws and articles a charge cites (loaded from seeds/laws). */
@Module({ controllers: [LawsController], providers: [LawCatalogueQuery] })
export class LawsModule {}
