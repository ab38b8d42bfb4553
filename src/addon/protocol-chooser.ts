// Choose protocols: the next meetings without an agenda Doc, the protocol each would use, and the chooser's
// suggestions with why (core/protocols/protocol-choices.ts). "Use" writes the protocol's id into that meeting's
// Protocol cell on the Meetings tab — the same cell an admin would type in — so the agenda is built from it.
import { z } from 'zod';
import { protocolChoices, type ProtocolChoice } from '../core/protocols/protocol-choices';
import { protocolById, protocolsTab } from '../core/protocols/protocols-tab';
import { wallClock } from '../core/registry/cells';
import { meetingsTab } from '../core/registry/tabs';
import { readProtocols } from '../workspace/read-protocols';
import { openRegistry, readableRegistry, type OpenRegistry } from '../workspace/registry-io';
import { readTrustScores } from '../workspace/trust-scores';
import { UserFacingError } from '../workspace/user-facing-error';
import { button, buttons, card, escapeHtml, fact, paragraph, respond, section } from './cards/widgets';
import { guarded } from './guarded';
import { requireRegistry } from './registry-actions';

type Event = { commonEventObject?: { parameters?: Record<string, string> }; parameters?: Record<string, string> };

const UseRequest = z.object({ meeting: z.string().min(1).max(100), protocol: z.string().min(1).max(40) });

export const onChooseProtocols = guarded('Choose protocols', () => {
  const open = openRegistry(requireRegistry({ remember: false }), [protocolsTab.name]);
  return respond('Protocols suggested for the next meetings.', buildChooserCard(choicesIn(open)), false);
});

export const onUseProtocol = guarded('Use protocol', (event: Event) => {
  const request = UseRequest.parse(event.commonEventObject?.parameters ?? event.parameters ?? {});
  const open = openRegistry(requireRegistry(), [protocolsTab.name]);
  const registry = readableRegistry(open);
  const { protocols } = readProtocols(open);
  const protocol = protocolById(protocols, request.protocol);
  const meeting = registry.meetings.find((m) => m.row.key === request.meeting);
  if (!protocol) throw new UserFacingError(`"${request.protocol}" is no longer on the Protocols tab.`);
  if (!meeting) throw new UserFacingError('That meeting is no longer on the Meetings tab.');
  if (meeting.row.agenda) {
    throw new UserFacingError(
      'That meeting’s agenda Doc is already made: its facilitator can request a swap from the Doc.',
    );
  }
  const tab = open.tabs.get(meetingsTab.name)!;
  tab.set(meeting.rowNumber, meetingsTab.columns.protocol.header, protocol.id);
  tab.flush();
  const after = openRegistry(requireRegistry({ remember: false }), [protocolsTab.name]);
  return respond(
    `${protocol.name} set for the meeting on ${meeting.row.date} (Meetings, row ${meeting.rowNumber}).`,
    buildChooserCard(choicesIn(after)),
  );
});

function choicesIn(open: OpenRegistry): ProtocolChoice[] {
  const registry = readableRegistry(open);
  const today = wallClock(new Date(), registry.settings.timeZone).date;
  return protocolChoices(registry, readProtocols(open).protocols, today, readTrustScores(open));
}

export function buildChooserCard(choices: readonly ProtocolChoice[]): GoogleAppsScript.Card_Service.Card {
  const intro = section(undefined, [
    paragraph(
      'Suggestions read each meeting’s Focus question and, once the dashboard has a health survey, the group’s ' +
        '“Collaboration and trust” score: a group still building trust is offered protocols that ask little of it first.',
    ),
    ...(choices.length === 0 ? [paragraph('No upcoming meeting is waiting for its agenda Doc.')] : []),
  ]);
  const meetings = choices.map((c) => {
    // The protocol already in the meeting's own cell needs no button; one that is only the group's default may.
    const usable = c.suggestions.filter((s) => s.protocol.id !== c.current?.id || c.fromGroupDefault);
    return section(`${escapeHtml(c.groupName)} · ${c.date}`, [
      fact('Focus', c.focus ?? 'None yet', c.focus ? undefined : 'Write one on the Meetings tab for suggestions'),
      fact(
        'Protocol',
        c.current?.name ?? 'None chosen',
        c.current && c.fromGroupDefault ? 'The group’s default' : undefined,
      ),
      ...c.suggestions.map((s) => paragraph(`<b>${escapeHtml(s.protocol.name)}</b> — ${escapeHtml(s.why)}`)),
      ...(usable.length
        ? [
            buttons(
              ...usable.map((s) =>
                button(`Use ${s.protocol.name}`, 'onUseProtocol', { meeting: c.meetingKey, protocol: s.protocol.id }),
              ),
            ),
          ]
        : []),
    ]);
  });
  return card('Choose protocols', [intro, ...meetings, section(undefined, [buttons(button('Back', 'onShowHome'))])]);
}
