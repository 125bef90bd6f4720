import { Inject, Injectable } from '@nestjs/common';
import type { OnApplicationShutdown } from '@nestjs/common';
import { createTransport } from 'nodemailer';
import type { Transporter } from 'nodemailer';
import { SERVICE_CONFIG } from '@nrm/service-kit';
import type { ChannelSender, OutgoingNotification } from '../deliveries/channel-sender';
import type { NotificationsConfig } from '../notifications.config';

const FOOTER = {
  en: 'Sign in to the referral platform to see the case; access is checked there.',
  ar: 'سجّل الدخول إلى منصة الإحالة للاطلاع على الحالة؛ يتم التحقق من الصلاحيات هناك.',
};

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Sends the notification by SMTP to the agency's functional mailbox, right to left in Arabic. */
@Injectable()
export class EmailSender implements ChannelSender, OnApplicationShutdown {
  readonly channel = 'email' as const;
  private readonly transport?: Transporter;

  constructor(@Inject(SERVICE_CONFIG) config: NotificationsConfig) {
    // Bounded like a webhook call: a server that stops answering fails the attempt, and it is retried.
    if (config.SMTP_URL)
      this.transport = createTransport(
        {
          url: config.SMTP_URL,
          connectionTimeout: config.WEBHOOK_TIMEOUT_MS,
          greetingTimeout: config.WEBHOOK_TIMEOUT_MS,
          socketTimeout: config.WEBHOOK_TIMEOUT_MS,
        },
        { from: config.SMTP_FROM },
      );
  }

  get enabled(): boolean {
    return this.transport !== undefined;
  }

  async send(n: OutgoingNotification): Promise<string | undefined> {
    if (!this.transport) return 'e-mail is not configured';
    if (!n.email) return 'no e-mail address';
    const arabic = n.language === 'ar';
    const footer = arabic ? FOOTER.ar : FOOTER.en;
    try {
      await this.transport.sendMail({
        to: n.email.address,
        subject: n.urgent ? `[!] ${n.title}` : n.title,
        text: `${n.body}\n\n${footer}`,
        html: `<div dir="${arabic ? 'rtl' : 'ltr'}" lang="${n.language}"><p>${escapeHtml(n.body)}</p><p>${escapeHtml(footer)}</p></div>`,
        headers: {
          'X-NRM-Notification-Id': n.notificationId,
          ...(n.caseReference ? { 'X-NRM-Case-Reference': n.caseReference } : {}),
        },
        priority: n.urgent ? 'high' : 'normal',
      });
      return undefined;
    } catch {
      return 'SMTP delivery failed';
    }
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
