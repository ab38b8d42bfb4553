// Apps Script enum values print as their names, so the emulator's enums are the names themselves: a value
// compares equal to `DriveApp.Access.PRIVATE` in the add-on and reads "PRIVATE" in a saved workspace.
export function namedEnum<const Names extends readonly string[]>(names: Names): { readonly [N in Names[number]]: N } {
  return Object.freeze(Object.fromEntries(names.map((name) => [name, name]))) as { readonly [N in Names[number]]: N };
}
