// The school's Google Workspace directory as the emulator knows it: each account's name by email. Google's own
// directory is where a calendar app finds a guest's name; the emulated one is filled from the sample school's
// staff when a school starts (harness.ts), and lets the .ics export name guests (CN=) as a calendar app would.
import type { Workspace } from './workspace';

type Directory = Record<string, string>;

function directory(ws: Workspace): Directory {
  return ws.slice<Directory>('people-directory', () => ({}));
}

/** Records people's names by email (lower-cased, as Google matches addresses); a later name replaces an earlier. */
export function addPeople(ws: Workspace, people: readonly { email: string; name: string }[]): void {
  const known = directory(ws);
  for (const { email, name } of people) if (email && name) known[email.trim().toLowerCase()] = name.trim();
}

/** The directory's name for an address, if it has one. */
export function personName(ws: Workspace, email: string | undefined): string | undefined {
  return email ? directory(ws)[email.trim().toLowerCase()] : undefined;
}
