import { ValidationPipe } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import { ProblemException } from './problem';
import type { FieldProblem } from './problem';

/** A property name is repeated only when it looks like a field name (a typo to correct), never free text. */
const FIELD_NAME = /^([A-Za-z_][A-Za-z0-9_]{0,63}|\d{1,4})$/;

/** Lists invalid fields by path (at most 50); the rejected value is never echoed back. */
export function fieldProblems(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors
    .flatMap((e) => {
      const name = FIELD_NAME.test(e.property) ? e.property : '(a property that is not a field)';
      const field = parent ? `${parent}.${name}` : name;
      const own = Object.entries(e.constraints ?? {}).map(([constraint, message]) => ({
        field,
        message: constraint === 'whitelistValidation' ? 'is not a field of this request' : message,
      }));
      return [...own, ...fieldProblems(e.children ?? [], field)];
    })
    .slice(0, 50);
}

/**
 * Validates request bodies and queries against their DTO classes; unknown fields are refused. With
 * `bodies: false` (the gateway) bodies pass through untouched for the service that owns the command to
 * validate, so each body is validated once, where its rules live; paths and queries are still checked.
 */
export function createValidationPipe({ bodies = true } = {}): ValidationPipe {
  const pipe = new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    stopAtFirstError: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) =>
      new ProblemException('validation', 'one or more fields are not valid', fieldProblems(errors)),
  });
  if (bodies) return pipe;
  const transform = pipe.transform.bind(pipe);
  pipe.transform = (value, metadata) => (metadata.type === 'body' ? value : transform(value, metadata));
  return pipe;
}
