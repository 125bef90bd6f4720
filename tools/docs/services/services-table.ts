/** The README's table of services, ports and required variables, from the service registry. */
import { ServiceRegistry } from '@nrm/contracts';
import type { ServiceRegistration } from '@nrm/contracts';

/** Variables a service cannot start without, besides PORT (its config class says why). */
export function requiredVariables(s: ServiceRegistration): string[] {
  const platform =
    s.name === 'gateway'
      ? [
          ...ServiceRegistry.flatMap((u) => (u.upstreamUrlVariable ? [u.upstreamUrlVariable] : [])),
          'JWT_PUBLIC_KEY',
        ]
      : s.data
        ? [
            'DATABASE_URL',
            'KAFKA_BROKERS',
            ...(s.calls ?? []).map((c) => `${c.toUpperCase().replace(/-/g, '_')}_URL`),
          ]
        : [];
  return [...platform, ...s.keys.map((k) => k.variable)];
}

/** A Markdown table as Prettier lays it out: each column as wide as its widest cell. */
export function markdownTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(3, h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function renderServicesTable(): string {
  return markdownTable(
    ['service', 'port', 'required variables (besides `PORT`)'],
    ServiceRegistry.map((s) => [
      s.name,
      String(s.port),
      requiredVariables(s)
        .map((v) => `\`${v}\``)
        .join(', '),
    ]),
  );
}
