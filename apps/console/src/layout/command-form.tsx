import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Command } from '../api/use-command';
import { ProblemNotice } from './problem-notice';

/** A form that sends one change to the API: its title, fields, the API's problem and a submit button. */
export function CommandForm(props: {
  title: string;
  submit: string;
  command: Command;
  onSubmit: () => Promise<unknown>;
  onDone: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const send = (event: FormEvent) => {
    event.preventDefault();
    void props.command.run(props.onSubmit, props.onDone);
  };
  return (
    <form className="form card" onSubmit={send} aria-label={props.title}>
      <h3>{props.title}</h3>
      <ProblemNotice problem={props.command.problem} />
      {props.children}
      <button type="submit" disabled={props.command.saving}>
        {props.command.saving ? t('state.saving') : props.submit}
      </button>
    </form>
  );
}
