/**
 * Word tables looked up with words from articles and questions. A plain object literal would
 * answer "constructor" or "__proto__" from Object.prototype; these tables have no prototype,
 * so only their own keys are found.
 */
export function lookupTable<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
