import type { UserActor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { errors } from '../shared/errors.ts';
import { tr } from '../shared/i18n.ts';
import { cleanImage } from '../shared/image-clean.ts';
import { PHOTO_MAX_SIDE } from './field.constants.ts';
import { FIELD_MESSAGES as m } from './field.messages.ts';
import { insertPhoto } from './field.repo.ts';

/**
 * Checks a field photo with the shared image cleaner (container, pixel count, full decode; metadata such as
 * GPS dropped), re-encodes it as JPEG within `PHOTO_MAX_SIDE` and stores it for firm `enterpriseId`.
 * A bad image is a 422 on `payload.image`.
 */
export async function storeFieldPhoto(
  db: Db,
  actor: UserActor,
  enterpriseId: string,
  input: { image: string; caption?: string | null | undefined },
  takenAt: string,
): Promise<string> {
  const clean = await cleanImage(Buffer.from(input.image, 'base64'), { as: 'jpeg', maxSide: PHOTO_MAX_SIDE });
  if ('fault' in clean) {
    const message =
      clean.fault === 'notImage'
        ? tr(m.photoNotImage)
        : clean.fault === 'tooManyPixels'
          ? tr(m.photoTooLarge, { width: clean.width, height: clean.height })
          : tr(m.photoBroken);
    throw errors.unprocessable(message, [{ path: 'payload.image', message }]);
  }
  return insertPhoto(db, {
    enterprise_id: enterpriseId,
    caption: input.caption ?? null,
    width: clean.width,
    height: clean.height,
    taken_at: takenAt,
    created_by: actor.userId,
    content: clean.data,
  });
}
