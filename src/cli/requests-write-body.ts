// The body of `simpul requests create`: a JSON file (`--file`), options on top of it, parsed as the API's.
import { type RequestCreate, RequestCreateSchema } from '../requests/requests.schema.ts';
import { numberOf, parseOptions, readJsonFile } from './requests-write-input.ts';

/** The options of `simpul requests create`. */
export interface CreateOptions {
  as: string;
  file?: string;
  poster?: string;
  buyer?: string;
  product?: string;
  description?: string;
  process?: string[];
  certification?: string[];
  quantity?: string;
  unit?: string;
  targetPrice?: string;
  answerBy?: string;
  deliverBy?: string;
  tieType?: string;
  center?: string[];
  region?: string;
  visibility?: string;
  review?: boolean;
  json?: boolean;
}

/** Keeps the fields that were given, so an option overrides the file only when typed. */
const given = (fields: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));

/**
 * The request the options describe: the file's fields first, each typed option over it. Without a kind of
 * partnership the request is order sharing (oper order), the common case of an overloaded firm.
 */
export async function createRequestBody(options: CreateOptions): Promise<RequestCreate> {
  const file = options.file ? await readJsonFile(options.file) : {};
  return parseOptions(RequestCreateSchema, {
    tieType: 'ORDER_SHARING',
    ...file,
    ...given({
      posterEnterpriseId: options.poster,
      buyerName: options.buyer,
      product: options.product,
      description: options.description,
      processCodes: options.process,
      requiredCertifications: options.certification?.map((c) => c.toUpperCase().replace('-', '_')),
      quantity: numberOf(options.quantity),
      unit: options.unit,
      targetUnitPrice: numberOf(options.targetPrice),
      answerDeadline: options.answerBy,
      deliveryDate: options.deliverBy,
      tieType: options.tieType?.toUpperCase(),
      targetCenterIds: options.center,
      targetRegionCode: options.region,
      visibility: options.visibility,
      reviewRequired: options.review,
    }),
  });
}
