// Length of a child's code by the parent's: country → province `32`, → regency `32.73`, → district
// `32.73.01`, → village `32.73.01.1001`.
const CHILD_CODE_LENGTH: Record<number, number> = { 0: 2, 2: 5, 5: 8, 8: 13 };

/** Length of the codes one level below `code` (the country without one); undefined below a district. */
export function childCodeLength(code: string | undefined): number | undefined {
  return CHILD_CODE_LENGTH[code?.length ?? 0];
}

/** The code one level below `parent` that `code` lies in; undefined when `code` does not reach that level. */
export function childCodeOf(code: string | null | undefined, parent: string | undefined): string | undefined {
  const length = childCodeLength(parent);
  if (!code || !length || code.length < length) return undefined;
  return code.slice(0, length);
}
