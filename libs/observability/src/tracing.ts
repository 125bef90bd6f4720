import { SpanKind, SpanStatusCode, context, propagation, trace } from '@opentelemetry/api';
import type { Context, Span, TextMapGetter } from '@opentelemetry/api';

export type { Span } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import type { ExportResult } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  AlwaysOffSampler,
  BasicTracerProvider,
  BatchSpanProcessor,
  ParentBasedSampler,
  SimpleSpanProcessor,
  TraceIdRatioBasedSampler,
} from '@opentelemetry/sdk-trace-base';
import type { ReadableSpan, SpanExporter, SpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { Logger } from './logger';

/*
 * OpenTelemetry traces that follow a referral across the gateway, the services and every Kafka hop.
 * The W3C trace context travels in HTTP headers (`traceparent`) and, on Kafka, in the CloudEvents
 * distributed-tracing header `ce_traceparent`. Spans go to an OTLP collector when
 * OTEL_EXPORTER_OTLP_ENDPOINT is set, and to the service's log when TRACE_LOG_SPANS is true, for
 * TRACE_SAMPLE_RATIO of the traces; with neither, no span is recorded at all. Span
 * names and attributes are routes, event types and topics: never ids of persons, never bodies.
 */

export interface TracingSettings {
  service: string;
  logger: Logger;
  /** e.g. http://otel-collector:4318; spans are sent to `<endpoint>/v1/traces`. */
  otlpEndpoint?: string;
  /** Writes each finished span as a log line (`span` messages), for tests and small installations. */
  logSpans?: boolean;
  /**
   * The share of traces recorded (0 to 1), decided where a trace starts and followed by every span
   * under it (parent-based), so a referral's trace is whole or absent across services.
   */
  sampleRatio?: number;
}

let provider: BasicTracerProvider | undefined;

/** Starts tracing for this process once; later calls do nothing. */
export function startTracing(settings: TracingSettings): void {
  if (provider) return;
  const processors: SpanProcessor[] = [];
  if (settings.otlpEndpoint) {
    processors.push(
      new BatchSpanProcessor(
        new OTLPTraceExporter({ url: `${settings.otlpEndpoint.replace(/\/$/, '')}/v1/traces` }),
      ),
    );
  }
  if (settings.logSpans) processors.push(new SimpleSpanProcessor(new LogSpanExporter(settings.logger)));
  provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': `nrm-${settings.service}` }),
    spanProcessors: processors,
    // Nowhere to send spans: none is recorded, though trace context still travels (and is answered
    // in `traceresponse`), so another service or a caller can still sample the trace.
    sampler:
      processors.length === 0
        ? new AlwaysOffSampler()
        : new ParentBasedSampler({ root: new TraceIdRatioBasedSampler(settings.sampleRatio ?? 1) }),
  });
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  trace.setGlobalTracerProvider(provider);
}

/** Sends what is buffered and stops; part of a clean shutdown. */
export async function stopTracing(): Promise<void> {
  await provider?.shutdown();
}

const tracer = () => trace.getTracer('nrm');

const recordGetter: TextMapGetter<Record<string, string | string[] | undefined>> = {
  keys: (carrier) => Object.keys(carrier),
  get: (carrier, key) => carrier[key],
};

/** The context of an incoming request or message, from its `traceparent` (HTTP) or `ce_traceparent` (Kafka). */
export function extractTraceContext(
  carrier: Record<string, string | string[] | undefined>,
  kafka = false,
): Context {
  const source = kafka
    ? { traceparent: carrier['ce_traceparent'], tracestate: carrier['ce_tracestate'] }
    : carrier;
  return propagation.extract(context.active(), source, recordGetter);
}

/** The `traceparent` (and `tracestate`) of the current span, to send with a request. */
export function traceHeaders(): Record<string, string> {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier;
}

/** The current trace context as CloudEvents distributed-tracing Kafka headers. */
export function traceEventHeaders(): Record<string, string> {
  const { traceparent, tracestate } = traceHeaders();
  return {
    ...(traceparent ? { ce_traceparent: traceparent } : {}),
    ...(tracestate ? { ce_tracestate: tracestate } : {}),
  };
}

export type SpanRole = 'server' | 'client' | 'consumer' | 'internal';
const kinds: Record<SpanRole, SpanKind> = {
  server: SpanKind.SERVER,
  client: SpanKind.CLIENT,
  consumer: SpanKind.CONSUMER,
  internal: SpanKind.INTERNAL,
};

/** Starts a span under `parent` (default: the current context); the caller ends it. */
export function beginSpan(
  name: string,
  role: SpanRole,
  attributes: Record<string, string | number | boolean> = {},
  parent: Context = context.active(),
): { span: Span; context: Context } {
  const span = tracer().startSpan(name, { kind: kinds[role], attributes }, parent);
  return { span, context: trace.setSpan(parent, span) };
}

/** Runs `fn` in a span of its own, ending it (with the error's name on failure) when `fn` settles. */
export async function inSpan<T>(
  name: string,
  role: SpanRole,
  attributes: Record<string, string | number | boolean>,
  fn: () => Promise<T>,
  parent: Context = context.active(),
): Promise<T> {
  const { span, context: ctx } = beginSpan(name, role, attributes, parent);
  try {
    return await context.with(ctx, fn);
  } catch (error) {
    span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.name : 'error' });
    throw error;
  } finally {
    span.end();
  }
}

/** Runs `fn` with `ctx` as the current trace context (e.g. an HTTP request's, for the rest of it). */
export function withTraceContext<T>(ctx: Context, fn: () => T): T {
  return context.with(ctx, fn);
}

/** The current trace and span ids, for log lines. */
export function currentTraceIds(): { traceId: string; spanId: string } | undefined {
  const span = trace.getSpan(context.active());
  const ids = span?.spanContext();
  return ids && trace.isSpanContextValid(ids) ? { traceId: ids.traceId, spanId: ids.spanId } : undefined;
}

export function markSpanFailed(span: Span, status: number): void {
  if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR, message: String(status) });
}

/** Writes finished spans to the service's log, one JSON line each. */
class LogSpanExporter implements SpanExporter {
  constructor(private readonly logger: Logger) {}

  export(spans: ReadableSpan[], done: (result: ExportResult) => void): void {
    for (const s of spans) {
      const ids = s.spanContext();
      this.logger.info(
        {
          span: {
            traceId: ids.traceId,
            spanId: ids.spanId,
            parentSpanId: s.parentSpanContext?.spanId,
            operation: s.name,
            kind: SpanKind[s.kind],
            durationMs: Math.round((s.duration[0] * 1e3 + s.duration[1] / 1e6) * 100) / 100,
            attributes: s.attributes,
            failed: s.status.code === SpanStatusCode.ERROR,
          },
        },
        'span',
      );
    }
    done({ code: 0 });
  }

  async shutdown(): Promise<void> {}
}
