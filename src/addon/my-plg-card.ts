// "My PLG" for any staff member: their group, its facilitator and members, the next meetings and their next
// presenting turn — "Who is in my PLG? Who is facilitating my PLG? When and where does my PLG meet?" are the
// questions every staff member should be able to answer (shared/seeds 001, "Structure").
import { localStyle, meetingWhenText } from '../core/schedule/local-style';
import type { DirectoryEntry } from '../core/directory';
import { groupRoleWord, meetingRolesOf, presentingTurnText, rolesOn } from '../core/role-words';
import { readMyDirectory } from '../workspace/directory-store';
import { card, fact, factLines, paragraph, section } from './cards/widgets';

const meetingsShown = 3;
/** Group roles that are on the roster (a coach or liaison supports the group without being in it). */
const onRoster = new Set(['facilitator', 'co-facilitator', 'member', 'observer']);

export function buildMyPlgCard(
  me: string,
  mine: readonly DirectoryEntry[] = readMyDirectory(me),
): GoogleAppsScript.Card_Service.Card {
  if (mine.length === 0) {
    return card('My PLG', [
      section(undefined, [paragraph('You are not in a PLG yet. Ask your PLG coordinator which group is yours.')]),
    ]);
  }
  return card(
    'My PLG',
    mine.map((entry) => {
      const name = (email?: string) => (email ? (entry.names[email] ?? email) : 'Not named yet');
      const style = localStyle(entry.locale);
      const members = Object.entries(entry.roles)
        .filter(([, role]) => onRoster.has(role))
        .map(([email, role]) => (role === 'member' ? name(email) : `${name(email)} (${groupRoleWord(role)})`));
      const next = entry.meetings.slice(0, meetingsShown).map((m) => {
        const parts = [
          m.location ?? entry.location,
          m.presenter ? `presenter: ${name(m.presenter)}` : undefined,
          ...meetingRolesOf(m, me).map((r) => `your part: ${r}`),
        ].filter(Boolean);
        return `${meetingWhenText(m.date, m.time, style)}${parts.length ? ` · ${parts.join(' · ')}` : ''}`;
      });
      const turn = presentingTurnText(entry, me, style);
      return section(entry.name, [
        fact('Your role', rolesOn(entry, me).join(', ')),
        fact('Facilitator', name(entry.facilitator)),
        factLines(`Members (${members.length})`, members.length ? [members.join(', ')] : ['None yet']),
        fact('Meets', entry.schedule, entry.location),
        factLines('Next meetings', next.length ? next : ['None planned yet']),
        fact('Your next turn to present', turn.value, turn.bottom),
      ]);
    }),
  );
}

export function onMyPlg(): GoogleAppsScript.Card_Service.Card {
  return buildMyPlgCard(Session.getActiveUser().getEmail().toLowerCase());
}
