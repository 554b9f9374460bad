import { route } from '../http/route.ts';
import type { AppDeps, SimpulApp } from '../http/types.ts';
import { assertOwnNotification, notificationPolicy as policy } from './notifications.policy.ts';
import { listNotifications, readAllNotifications, readNotification } from './notifications.service.ts';
import { getPreferences, setPreferences } from './preferences.service.ts';

const tags = ['notifications'];

/** The signed-in user's own inbox (list, mark read) and notification choices. */
export async function notificationRoutes(app: SimpulApp, { db }: AppDeps): Promise<void> {
  route(app, 'GET /notifications', { access: policy.read, tags }, (request) =>
    listNotifications(db, request.actor, request.query),
  );
  route(app, 'POST /notifications/:id/read', { access: policy.write, tags }, async (request) => {
    await assertOwnNotification(db, request.actor, request.params.id);
    return readNotification(db, request.params.id);
  });
  route(app, 'POST /notifications/read-all', { access: policy.write, tags }, (request) =>
    readAllNotifications(db, request.actor),
  );
  route(app, 'GET /notification-preferences', { access: policy.read, tags }, (request) =>
    getPreferences(db, request.actor),
  );
  route(app, 'PUT /notification-preferences', { access: policy.write, tags }, (request) =>
    setPreferences(db, request.actor, request.body),
  );
}
