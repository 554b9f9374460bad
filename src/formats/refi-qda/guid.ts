import { createHash } from 'node:crypto';

/** Simpul's namespace for REFI-QDA GUIDs (a fixed random UUID; changing it changes every exported GUID). */
export const SIMPUL_REFI_NAMESPACE = '5b0f8f8e-3c1d-4d0a-9a57-1e6f2b7c9d41';

const GUID =
  /^(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\})$/;

/** Whether `value` is a GUID the schema accepts (8-4-4-4-12 hex, optionally in braces). */
export function isGuid(value: string): boolean {
  return GUID.test(value);
}

/** A GUID without braces, lower case: the form Simpul compares. */
export function normalGuid(value: string): string {
  return value.replace(/^\{|\}$/g, '').toLowerCase();
}

/**
 * The RFC 4122 version-5 UUID of `name` in `namespace`: the same stable id gives the same GUID on every
 * export, so a re-import recognises what it already holds (ATLAS.ti makes new GUIDs every time).
 */
export function uuidV5(name: string, namespace = SIMPUL_REFI_NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
