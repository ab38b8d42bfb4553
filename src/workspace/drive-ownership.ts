// Adopting a Drive item by its name — what a stopped run made before it could record the id — only ever takes an
// item the person running PLG Hub owns. Names are predictable (they carry a group key or a hash of the registry
// id, both visible to members), so anyone could make a look-alike and share it with the admin; taking it would
// move the school's data into their file or folder.
export function me(): string {
  return Session.getEffectiveUser().getEmail().trim().toLowerCase();
}

export function ownedByMe(item: { getOwner(): GoogleAppsScript.Drive.User | null }, who = me()): boolean {
  return who !== '' && (item.getOwner()?.getEmail() ?? '').trim().toLowerCase() === who;
}
