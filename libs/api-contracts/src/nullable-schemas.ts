import { getSchemaPath } from '@nestjs/swagger';

/*
 * OpenAPI 3.0 lets `nullable: true` through neither a code list nor a reference to a class, so the
 * answers that may be null say so as validators read them.
 */

/** A code list that also takes null: `enum: orNull(Codes), nullable: true`. */
export const orNull = <T extends string>(codes: readonly T[]): (T | null)[] => [...codes, null];

/** An object of the model (registered with `@ApiExtraModels` on the class that uses it), or null. */
export const objectOrNull = (model: abstract new (...args: never[]) => object) => ({
  oneOf: [{ $ref: getSchemaPath(model) }, { type: 'object' as const, nullable: true, enum: [null] }],
});
