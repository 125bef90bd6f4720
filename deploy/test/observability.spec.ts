/** The alerts, the pod monitor and the dashboard (deploy/observability) against the metrics the platform exports. */
import fs from 'node:fs';
import path from 'node:path';
import { PodMonitor, PrometheusRule } from '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1';
import { asResource, parseYamlFile } from './kustomize';
import { OBSERVABILITY, platformMetricNames } from './platform';

describe('observability', () => {
  const metrics = platformMetricNames();
  const usedMetrics = (expr: string) =>
    [...expr.matchAll(/\b(nrm_\w+|process_resident_memory_bytes|kafka_consumergroup_lag|up)\b/g)].map(
      (m) => m[1],
    );

  it('has the platform metrics to check against', () => {
    for (const m of [
      'nrm_http_request_duration_seconds_bucket',
      'nrm_messages_consumed_total',
      'nrm_outbox_backlog',
    ])
      expect(metrics).toContain(m);
  });

  it('alerts through a valid PrometheusRule on metrics the services export', () => {
    const docs = parseYamlFile(path.join(OBSERVABILITY, 'prometheus-rules.yaml')).map((d) =>
      asResource(d, 'rules'),
    );
    expect(docs).toHaveLength(1);
    const rule = new PrometheusRule(docs[0] as never);
    expect(() => rule.validate()).not.toThrow();
    const alerts = (rule.spec?.groups ?? []).flatMap((g) => g.rules ?? []).filter((r) => r.alert);
    const exprs = alerts.map((a) => String(a.expr));
    for (const expr of exprs) {
      for (const name of usedMetrics(expr)) {
        if (name.startsWith('nrm_')) expect(metrics).toContain(name);
      }
    }
    const all = exprs.join('\n');
    for (const needed of [
      'nrm_outbox_backlog',
      'nrm_dead_letters_total',
      'nrm_http_request_duration_seconds_count',
      'nrm_http_request_duration_seconds_bucket',
      'up',
      'kafka_consumergroup_lag',
      'process_resident_memory_bytes',
    ])
      expect(all).toMatch(new RegExp(`\\b${needed}\\b`));
    for (const a of alerts) {
      expect(a.labels?.['severity']).toMatch(/^(warning|critical)$/);
      expect(a.annotations?.['summary']).toBeTruthy();
    }
  });

  it('scrapes every service pod through a valid PodMonitor', () => {
    const docs = parseYamlFile(path.join(OBSERVABILITY, 'pod-monitor.yaml')).map((d) =>
      asResource(d, 'monitor'),
    );
    expect(docs).toHaveLength(1);
    const monitor = new PodMonitor(docs[0] as never);
    expect(() => monitor.validate()).not.toThrow();
    expect(monitor.spec.selector.matchLabels).toEqual({
      'app.kubernetes.io/part-of': 'nrm',
      'app.kubernetes.io/component': 'server',
    });
    expect(monitor.spec.podMetricsEndpoints?.map((e) => [e.port, e.path])).toEqual([['http', '/metrics']]);
  });

  it('charts the platform metrics in the Grafana dashboard', () => {
    const dashboard = JSON.parse(
      fs.readFileSync(path.join(OBSERVABILITY, 'grafana-dashboard.json'), 'utf8'),
    ) as {
      panels: { title: string; targets?: { expr: string }[] }[];
    };
    const exprs = dashboard.panels.flatMap((p) => (p.targets ?? []).map((t) => t.expr));
    for (const expr of exprs) {
      for (const name of usedMetrics(expr)) {
        if (name.startsWith('nrm_')) expect(metrics).toContain(name);
      }
    }
    const all = exprs.join('\n');
    for (const needed of [
      'histogram_quantile(0.99',
      'nrm_http_request_duration_seconds_count',
      'nrm_messages_consumed_total',
      'nrm_outbox_backlog',
      'nrm_dead_letters_total',
      'kafka_consumergroup_lag',
      'process_resident_memory_bytes',
    ])
      expect(all).toContain(needed);
  });
});
