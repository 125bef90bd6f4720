import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '@nrm/security';
import { ProblemException } from '@nrm/service-kit';
import { NotificationRepository } from '../notification.repository';

/** A user marks a notification in their inbox read; read state is per user, and marking twice is fine. */
@Injectable()
export class MarkNotificationRead {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationRepository,
  ) {}

  async execute(actor: Actor, notificationId: string): Promise<void> {
    if (await this.notifications.markRead(this.dataSource, actor, notificationId)) return;
    if (!(await this.notifications.isAddressedTo(this.dataSource, actor, notificationId)))
      throw new ProblemException('notFound', 'no such notification in your inbox');
  }
}
