import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { Inject, Injectable } from '@nestjs/common';
import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from '@nrm/observability';
import { describeError } from '@nrm/observability';
import { LOGGER, PROBLEM_CONTENT_TYPE, SERVICE_CONFIG } from '@nrm/service-kit';
import type { ExchangeConfig } from '../exchange.config';
import { OwnKeys } from '../wire/own-keys';
import { ReceiveMessage } from './commands/receive-message';
import { IncomingProcessor } from './incoming-processor';

/** The largest message accepted (a compact JWE). */
const MAX_BYTES = 1024 * 1024;

/**
 * What partners reach, on a port of its own apart from the internal API: `POST /exchange/v1/messages`
 * (a compact JWE, answered with a signed receipt or a signed refusal) and `GET /exchange/v1/keys`
 * (our public key set). Nothing else is served here.
 */
@Injectable()
export class PartnerListener implements OnApplicationBootstrap, OnApplicationShutdown {
  private server?: Server;

  constructor(
    private readonly receive: ReceiveMessage,
    private readonly ownKeys: OwnKeys,
    private readonly processor: IncomingProcessor,
    @Inject(SERVICE_CONFIG) private readonly config: ExchangeConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        this.logger.error(describeError(error), 'partner listener: request failed');
        send(res, 503, PROBLEM_CONTENT_TYPE, {
          type: '/problems/service-unavailable',
          title: 'The message cannot be taken now',
          status: 503,
        });
      });
    });
    await new Promise<void>((resolve, reject) => {
      this.server?.once('error', reject);
      this.server?.listen(this.config.EXCHANGE_PARTNER_PORT, this.config.HOST, () => resolve());
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await new Promise((resolve) => (this.server ? this.server.close(resolve) : resolve(undefined)));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method === 'GET' && req.url === '/exchange/v1/keys')
      return send(res, 200, 'application/jwk-set+json', await this.ownKeys.publicKeySet());
    if (req.url !== '/exchange/v1/messages')
      return send(res, 404, PROBLEM_CONTENT_TYPE, {
        type: '/problems/not-found',
        title: 'Not found',
        status: 404,
      });
    if (req.method !== 'POST')
      return send(res, 405, PROBLEM_CONTENT_TYPE, {
        type: '/problems/method-not-allowed',
        title: 'Method not allowed',
        status: 405,
      });
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > MAX_BYTES)
        return send(res, 413, PROBLEM_CONTENT_TYPE, {
          type: '/problems/payload-too-large',
          title: 'The request body is too large',
          status: 413,
        });
      chunks.push(chunk as Buffer);
    }
    const answer = await this.receive.execute(Buffer.concat(chunks).toString('utf8').trim());
    send(res, answer.status, answer.contentType, answer.body);
    // A partner's referral or notice is passed on to intake now rather than at the next pass.
    if (answer.accepted) this.processor.runSoon();
  }
}

function send(res: ServerResponse, status: number, contentType: string, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
