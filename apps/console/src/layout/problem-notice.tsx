import { useTranslation } from 'react-i18next';
import type { ProblemError } from '@nrm/api-client';

const EXPLAINED = new Set([400, 401, 403, 404, 409, 410, 429, 503]);

/** What a problem means for the user (401, 403, 409, 429, 503...), announced to screen readers. */
export function ProblemNotice({
  problem,
  onRetry,
}: {
  problem: ProblemError | undefined;
  onRetry?: () => void;
}) {
  const { t } = useTranslation();
  if (!problem) return null;
  const key = EXPLAINED.has(problem.status) ? String(problem.status) : 'other';
  return (
    <div role="alert" className="problem">
      <p>{t(`problem.${key}`, { detail: problem.detail ?? '' })}</p>
      {onRetry && (problem.status === 429 || problem.status === 503) && (
        <button type="button" className="button-secondary" onClick={onRetry}>
          {t('state.retry')}
        </button>
      )}
    </div>
  );
}
