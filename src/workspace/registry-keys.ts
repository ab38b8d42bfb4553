// Script properties are shared by every user of the add-on in every school that installs it, so whatever a
// registry keeps there (its forms' records, survey progress, the teachers' directory) is named with that
// registry's id: two schools with a MATH-1 group never share a form, a survey round or a directory entry. The one
// registry a deployment served before registries were told apart keeps its unscoped names, so its forms and
// survey progress are found as they are — nothing is made or mailed twice by the upgrade.
const legacyRegistryKey = 'registrySpreadsheetId';
/** Read once per execution ('' when the deployment never had an original registry). */
let legacyId: string | undefined;

/** "" for the deployment's original registry, else "<spreadsheet id>." — the infix of this registry's keys. */
export function keyScope(registryId: string): string {
  legacyId ??= PropertiesService.getScriptProperties().getProperty(legacyRegistryKey) ?? '';
  return legacyId !== '' && registryId === legacyId ? '' : `${registryId}.`;
}

/**
 * Whether a stored key under `prefix` belongs to this registry. Scoped keys carry its id; the original
 * registry's keys carry none, so they have exactly `segments` dot-separated parts after the prefix (ids, group
 * keys, kinds, dates and numbers hold no dots), where a scoped key of another registry has one more.
 */
export function isRegistryKey(key: string, prefix: string, registryId: string, segments: number): boolean {
  if (!key.startsWith(prefix)) return false;
  const scope = keyScope(registryId);
  if (scope) return key.startsWith(prefix + scope);
  return key.slice(prefix.length).split('.').length === segments;
}
