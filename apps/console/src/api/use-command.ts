import { useCallback, useState } from 'react';
import type { ProblemError } from '@nrm/api-client';
import { asProblem, useEndOfSession } from './api';

export interface Command {
  saving: boolean;
  problem: ProblemError | undefined;
  /** The message the API gave for a field of the request (`scheduledOn`, `person.dateOfBirth`). */
  fieldError(field: string): string | undefined;
  run(work: () => Promise<unknown>, done?: () => void): Promise<void>;
}

/** A change sent to the API: saving while it runs, then done, or the problem with its field errors. */
export function useCommand(): Command {
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<ProblemError | undefined>();
  const endSession = useEndOfSession();
  const run = useCallback(
    async (work: () => Promise<unknown>, done?: () => void) => {
      setSaving(true);
      setProblem(undefined);
      try {
        await work();
        done?.();
      } catch (failure) {
        setProblem(asProblem(failure));
        endSession(asProblem(failure));
      } finally {
        setSaving(false);
      }
    },
    [endSession],
  );
  const fieldError = useCallback((field: string) => problem?.fieldErrors[field], [problem]);
  return { saving, problem, fieldError, run };
}
