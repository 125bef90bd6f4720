import { useId } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The API's message for a field (`person.dateOfBirth`), tied to its input for screen readers. */
interface FieldProps {
  label: string;
  error?: string;
  hint?: string;
  children: (props: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode;
}

export function Field({ label, error, hint, children }: FieldProps) {
  const id = useId();
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {children({
        id,
        ...(error ? { 'aria-invalid': true } : {}),
        ...(described ? { 'aria-describedby': described } : {}),
      })}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** A set of checkboxes for codes of one vocabulary (`vocab.exploitationType.*`). */
export function CodeChoices<T extends string>(props: {
  legend: string;
  codes: readonly T[];
  vocabulary: string;
  chosen: readonly T[];
  onChange: (chosen: T[]) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset aria-describedby={props.error ? `${id}-error` : undefined}>
      <legend>{props.legend}</legend>
      {props.codes.map((code) => (
        <label key={code} className="choice">
          <input
            type="checkbox"
            checked={props.chosen.includes(code)}
            onChange={(event) =>
              props.onChange(
                event.target.checked ? [...props.chosen, code] : props.chosen.filter((c) => c !== code),
              )
            }
          />
          {t(`${props.vocabulary}.${String(code)}` as string)}
        </label>
      ))}
      {props.error && (
        <p id={`${id}-error`} className="field-error">
          {props.error}
        </p>
      )}
    </fieldset>
  );
}
