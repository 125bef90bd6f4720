import type { FieldProblem } from '@nrm/service-kit';

/**
 * The problems of a request's answers: an indicator the assessment does not ask, or one answered
 * twice in the same request.
 */
export function answerProblems(asked: ReadonlySet<string>, answers: readonly { indicatorId: string }[]) {
  const seen = new Set<string>();
  return answers.flatMap((a, n): FieldProblem[] => {
    if (!asked.has(a.indicatorId))
      return [
        {
          field: `answers[${n}].indicatorId`,
          message: 'is not an indicator of the lists asked in this assessment',
        },
      ];
    if (seen.has(a.indicatorId))
      return [
        {
          field: `answers[${n}].indicatorId`,
          message: 'answers an indicator answered earlier in this request',
        },
      ];
    seen.add(a.indicatorId);
    return [];
  });
}
