import { BadRequestException, NotFoundException } from '@nestjs/common';
import { ProblemException } from './problem';
import { toProblem } from './problem.filter';

describe('toProblem', () => {
  it('keeps a problem as thrown', () => {
    const p = toProblem(new ProblemException('validation', 'bad', [{ field: 'a', message: 'a is bad' }]));
    expect(p).toMatchObject({ type: '/problems/validation-error', status: 400, errors: [{ field: 'a' }] });
  });

  it('maps framework exceptions by status', () => {
    expect(toProblem(new NotFoundException())).toMatchObject({ type: '/problems/not-found', status: 404 });
    expect(toProblem(new BadRequestException('Validation failed (uuid is expected)'))).toMatchObject({
      status: 400,
      detail: 'Validation failed (uuid is expected)',
    });
  });

  it("maps Fastify's body errors to client problems", () => {
    expect(toProblem({ code: 'FST_ERR_CTP_BODY_TOO_LARGE', statusCode: 413 })).toMatchObject({ status: 413 });
    expect(toProblem({ code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE', statusCode: 415 })).toMatchObject({
      status: 415,
    });
  });

  it('never explains an unexpected error', () => {
    const p = toProblem(new Error('duplicate key value (name)=(Amina Yusuf)'));
    expect(p).toEqual({
      type: '/problems/internal-error',
      title: 'Something went wrong on our side',
      status: 500,
    });
  });
});
