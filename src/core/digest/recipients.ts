// Who receives a weekly digest, and for which groups: each active group's facilitator and co-facilitator, and its
// administrator liaison — the people the guidance asks to follow up "when expectations are not met" (shared/seeds
// 001, "Create a system for monitoring attendance, participation, and engagement in PLGs, with appropriate
// administrative follow up"). A coach or a member receives none. Someone marked not active on the Staff tab
// receives none, whatever the Groups tab still says. A person who leads several groups gets one digest for all.
import type { Registry } from '../registry/registry';

export type DigestRole = 'facilitator' | 'liaison';

export interface Recipient {
  email: string;
  /** Group id → the person's parts in it (a facilitator may also be the group's liaison). */
  groups: Map<string, DigestRole[]>;
}

export function digestRecipients(registry: Registry): Recipient[] {
  const active = new Set(registry.staff.filter((s) => s.row.active).map((s) => s.row.email));
  const byEmail = new Map<string, Recipient>();
  const add = (email: string | undefined, group: string, role: DigestRole) => {
    if (!email || !active.has(email)) return;
    const recipient = byEmail.get(email) ?? { email, groups: new Map<string, DigestRole[]>() };
    const roles = recipient.groups.get(group) ?? [];
    if (!roles.includes(role)) roles.push(role);
    recipient.groups.set(group, roles);
    byEmail.set(email, recipient);
  };
  for (const { row: group } of registry.groups) {
    if (!group.active) continue;
    add(group.facilitator, group.id, 'facilitator');
    add(group.coFacilitator, group.id, 'facilitator');
    add(group.adminLiaison, group.id, 'liaison');
  }
  return [...byEmail.values()].sort((a, b) => a.email.localeCompare(b.email));
}
