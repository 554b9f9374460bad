import { toIso, toIsoOrNull } from '../shared/dates.ts';
import type { AwardRow } from './awards.repo.ts';
import type { Award } from './awards.schema.ts';
import type { AnswerRow, InvitationRow, MessageRow } from './offers.repo.ts';
import type { Answer, Invitation, RequestMessage } from './offers.schema.ts';
import type { RequestRow } from './requests.repo.ts';
import type { PartnershipRequest } from './requests.schema.ts';

/** A stored request as the API's request. */
export function rowToRequest(row: RequestRow): PartnershipRequest {
  return {
    id: row.id,
    status: row.status,
    posterEnterpriseId: row.poster_enterprise_id,
    posterName: row.poster_name,
    buyerName: row.buyer_name,
    product: row.product,
    description: row.description,
    processCodes: row.process_codes,
    requiredCertifications: row.required_certifications,
    quantity: row.quantity,
    unit: row.unit,
    targetUnitPrice: row.target_unit_price,
    answerDeadline: row.answer_deadline,
    deliveryDate: row.delivery_date,
    tieType: row.tie_type,
    targetCenterIds: row.target_center_ids,
    targetRegionCode: row.target_region_code,
    visibility: row.visibility,
    reviewRequired: row.review_required,
    reviewNote: row.review_note,
    publishedAt: toIsoOrNull(row.published_at),
    awardedAt: toIsoOrNull(row.awarded_at),
    version: row.version,
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
  };
}

/** A stored invitation as the poster sees it. */
export function rowToInvitation(row: InvitationRow): Invitation {
  return {
    enterpriseId: row.enterprise_id,
    enterpriseName: row.enterprise_name,
    invitedAt: toIso(row.invited_at),
    seenAt: toIsoOrNull(row.seen_at),
    declinedAt: toIsoOrNull(row.declined_at),
    answered: row.answered,
  };
}

/** A stored answer as the API's quote. */
export function rowToAnswer(row: AnswerRow): Answer {
  return {
    id: row.id,
    requestId: row.request_id,
    enterpriseId: row.enterprise_id,
    enterpriseName: row.enterprise_name,
    unitPrice: row.unit_price,
    quantityOffered: row.quantity_offered,
    readyOn: row.ready_on,
    answerNote: row.note,
    withdrawn: row.withdrawn_at !== null,
    version: row.version,
    createdAt: toIso(row.created_at),
  };
}

/** A stored message of the thread. */
export function rowToMessage(row: MessageRow): RequestMessage {
  return {
    id: row.id,
    authorEnterpriseId: row.author_enterprise_id,
    authorName: row.author_name,
    replyTo: row.reply_to,
    messageBody: row.body,
    createdAt: toIso(row.created_at),
  };
}

/** A stored award with its ratings. */
export function rowToAward(row: AwardRow): Award {
  return {
    id: row.id,
    requestId: row.request_id,
    answerId: row.answer_id,
    enterpriseId: row.enterprise_id,
    enterpriseName: row.enterprise_name,
    quantity: row.quantity,
    unitPrice: row.unit_price,
    deliveryDate: row.delivery_date,
    status: row.status,
    posterConfirmedAt: toIsoOrNull(row.poster_confirmed_at),
    supplierConfirmedAt: toIsoOrNull(row.supplier_confirmed_at),
    deliveredOn: row.delivered_on,
    failureKind: row.failure_kind,
    posterStatement: row.poster_statement,
    supplierStatement: row.supplier_statement,
    interactionId: row.interaction_id,
    breachInteractionId: row.breach_interaction_id,
    ratings: row.ratings.map((r) => ({
      side: r.rater_side,
      onTime: r.on_time,
      quality: r.quality,
      communication: r.communication,
      ratingComment: r.comment,
    })),
    version: row.version,
    createdAt: toIso(row.created_at),
  };
}
