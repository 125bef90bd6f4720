/** How this deployment signs users in, as the gateway tells it (`/console-config.json`). */
export type ConsoleConfig =
  { signIn: 'development' } | { signIn: 'oidc'; authority: string; clientId: string } | { signIn: 'none' };

export async function loadConsoleConfig(): Promise<ConsoleConfig> {
  const answer = await fetch('/console-config.json', { headers: { accept: 'application/json' } });
  return answer.ok ? ((await answer.json()) as ConsoleConfig) : { signIn: 'none' };
}
