import { notificationId } from './notification-id';

describe('notificationId', () => {
  it('is stable for one event and recipient, and differs otherwise', () => {
    const a = notificationId('3f1c2a1e-8d1b-4b7e-9a55-1f2e3d4c5b6a', 'kw-moi-police');
    expect(notificationId('3f1c2a1e-8d1b-4b7e-9a55-1f2e3d4c5b6a', 'kw-moi-police')).toBe(a);
    expect(notificationId('3f1c2a1e-8d1b-4b7e-9a55-1f2e3d4c5b6a', 'iom-kuwait')).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
