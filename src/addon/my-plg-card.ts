// "My PLG" for any staff member: their group, facilitator, next meetings and next presenting turn — the three
// questions every staff member should be able to answer (shared/seeds 001, "Structure").
import { dayText, localStyle, meetingWhenText } from '../core/schedule/local-style';
import type { DirectoryEntry } from '../core/directory';
import { readMyDirectory } from '../workspace/directory-store';
import { card, fact, paragraph, section } from './cards/widgets';

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
      const next = entry.meetings.slice(0, 3);
      const presenting = entry.meetings.find((m) => m.presenter === me);
      return section(entry.name, [
        fact('Your role', entry.roles[me]!),
        fact('Facilitator', name(entry.facilitator)),
        fact('Meets', entry.schedule, entry.location),
        ...next.map((m) =>
          fact(
            'Next meeting',
            meetingWhenText(m.date, m.time, style),
            `${m.location ?? entry.location ?? ''}${m.presenter ? ` · presenting: ${name(m.presenter)}` : ''}`,
          ),
        ),
        fact('Your next turn to present', presenting ? dayText(presenting.date, style) : 'Not planned yet'),
      ]);
    }),
  );
}

export function onMyPlg(): GoogleAppsScript.Card_Service.Card {
  return buildMyPlgCard(Session.getActiveUser().getEmail().toLowerCase());
}
