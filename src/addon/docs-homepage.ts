// Facilitators' panel in an agenda Doc: the protocol's steps with their clock times, attendance as checkboxes,
// outcomes and next steps — all saved into the Doc, which is the meeting's record — and a request to swap the
// protocol or presenter, which the registry takes up at its next run.
import { readAgendaBack } from '../core/agenda/read-back';
import { groupOfMeetingKey } from '../core/directory';
import { builtInProtocols } from '../core/protocols/built-in-protocols';
import { suggestProtocols } from '../core/protocols/suggest-protocols';
import { readBlocks } from '../workspace/doc-blocks';
import { markAttendance, writeSection } from '../workspace/agenda-doc-edit';
import { readDirectoryEntry } from '../workspace/directory-store';
import { recordSwapRequest } from '../workspace/swap-requests';
import { button, buttons, card, escapeHtml, fact, paragraph, respond, section } from './cards/widgets';
import { guarded } from './guarded';
import { UserFacingError } from '../workspace/user-facing-error';
import { onHomepage } from './sheets-homepage';

type FormInputs = Record<string, { stringInputs?: { value?: string[] } }>;
type Event = { commonEventObject?: { formInputs?: FormInputs } };

const keyInName = /\[([A-Za-z0-9-]+-\d{8})\]\s*$/;

export function onDocsHomepage(): GoogleAppsScript.Card_Service.Card {
  const doc = DocumentApp.getActiveDocument();
  const key = doc ? keyInName.exec(doc.getName())?.[1] : undefined;
  const me = Session.getActiveUser().getEmail().trim().toLowerCase();
  // A district may have several groups with this key: the one this person is in.
  const entry = key ? readDirectoryEntry(groupOfMeetingKey(key), (e) => Boolean(e.roles[me])) : undefined;
  if (!doc || !key || !entry) return onHomepage();
  const blocks = readBlocks(doc.getBody());
  const back = readAgendaBack(blocks, { isPast: false });
  const stepsTable = blocks.find((b) => b.kind === 'table' && b.rows[0]?.[0] === 'Time');
  const meeting = entry.meetings.find((m) => m.key === key);
  const members = Object.entries(entry.roles).filter(
    ([, role]) => role === 'member' || role === 'facilitator' || role === 'co-facilitator',
  );
  // The agenda's own attendance table names everyone; the directory names only facilitators and presenters.
  const attendanceTable = blocks.find((b) => b.kind === 'table' && b.rows[0]?.[1] === 'Email');
  const nameOf = new Map(
    (attendanceTable?.kind === 'table' ? attendanceTable.rows.slice(1) : []).map(([name, email]) => [
      String(email).toLowerCase(),
      String(name),
    ]),
  );
  const present = new Set(back.attendance.filter((a) => a.present).map((a) => a.email));

  const attendance = CardService.newSelectionInput()
    .setType(CardService.SelectionInputType.CHECK_BOX)
    .setTitle('Present')
    .setFieldName('present');
  for (const [email] of members)
    attendance.addItem(nameOf.get(email) ?? entry.names[email] ?? email, email, present.has(email));
  const protocol = CardService.newSelectionInput()
    .setType(CardService.SelectionInputType.DROPDOWN)
    .setTitle('Protocol')
    .setFieldName('protocol');
  for (const p of builtInProtocols) protocol.addItem(p.name, p.id, p.id === meeting?.protocol);
  // Suggestions for the swap, read from the meeting's focus (core/protocols/suggest-protocols.ts). The trust score
  // stays with the registry's editors: the directory a member can read does not carry it.
  const suggested = suggestProtocols(builtInProtocols, { focus: meeting?.focus, minutes: meeting?.minutes }).map((s) =>
    paragraph(`<b>Suggested: ${escapeHtml(s.protocol.name)}</b> — ${escapeHtml(s.why)}`),
  );
  const presenter = CardService.newSelectionInput()
    .setType(CardService.SelectionInputType.DROPDOWN)
    .setTitle('Presenter')
    .setFieldName('presenter');
  for (const [email] of members)
    presenter.addItem(nameOf.get(email) ?? entry.names[email] ?? email, email, email === meeting?.presenter);

  return card(`${entry.name} · ${meeting?.date ?? key.slice(-8)}`, [
    section(
      'Steps',
      stepsTable && stepsTable.kind === 'table'
        ? stepsTable.rows.slice(1).map(([time, step, who]) => fact(time ?? '', step ?? '', who))
        : [paragraph('This Doc has no steps table.')],
    ),
    section('Attendance', [attendance]),
    section('Record', [
      CardService.newTextInput()
        .setFieldName('outcomes')
        .setTitle('Outcomes')
        .setMultiline(true)
        .setValue(back.outcomes),
      CardService.newTextInput()
        .setFieldName('nextSteps')
        .setTitle('Next steps')
        .setMultiline(true)
        .setValue(back.nextSteps),
      buttons(button('Save to agenda', 'onSaveAgendaRecord', { meeting: key }, true)),
    ]),
    section('Before the meeting', [
      ...suggested,
      protocol,
      presenter,
      paragraph('A swap is recorded in the registry at its next run; the announced presenter is only changed by you.'),
      buttons(button('Request swap', 'onRequestSwap')),
    ]),
  ]);
}

export function onDocsFileScopeGranted(): GoogleAppsScript.Card_Service.Card {
  return onDocsHomepage();
}

export const onSaveAgendaRecord = guarded('Save to agenda', (event: Event) => {
  const inputs = event.commonEventObject?.formInputs ?? {};
  const values = (name: string) => inputs[name]?.stringInputs?.value ?? [];
  const doc = DocumentApp.getActiveDocument();
  const body = doc.getBody();
  const marked = markAttendance(body, new Set(values('present').map((e) => e.toLowerCase())));
  writeSection(body, 'outcomes', values('outcomes')[0] ?? '');
  writeSection(body, 'nextSteps', values('nextSteps')[0] ?? '');
  doc.saveAndClose();
  return respond(
    `Saved to the agenda: ${marked} present; outcomes and next steps recorded. The registry reads them back within the hour.`,
  );
});

export const onRequestSwap = guarded('Request swap', (event: Event) => {
  // The meeting is the open Doc's own, never a card parameter; the person is who Google says is signed in.
  const doc = DocumentApp.getActiveDocument();
  const key = doc ? keyInName.exec(doc.getName())?.[1] : undefined;
  const me = Session.getActiveUser().getEmail().trim().toLowerCase();
  const entry = key ? readDirectoryEntry(groupOfMeetingKey(key), (e) => Boolean(e.roles[me])) : undefined;
  if (!doc || !key || !entry) throw new UserFacingError('Open the meeting’s agenda Doc to request a swap.');
  const role = entry.roles[me];
  if (role !== 'facilitator' && role !== 'co-facilitator') {
    throw new UserFacingError(`Only ${entry.name}'s facilitators can request a swap; ask yours.`);
  }
  const inputs = event.commonEventObject?.formInputs ?? {};
  const protocol = inputs.protocol?.stringInputs?.value?.[0];
  const presenter = inputs.presenter?.stringInputs?.value?.[0]?.trim().toLowerCase();
  if (presenter && !['member', 'facilitator', 'co-facilitator'].includes(entry.roles[presenter] ?? '')) {
    throw new UserFacingError(`${presenter} is not in ${entry.name}: choose a presenter from the group.`);
  }
  if (protocol && !builtInProtocols.some((p) => p.id === protocol)) {
    throw new UserFacingError('Choose a protocol from the list.');
  }
  recordSwapRequest(doc.getId(), { meetingKey: key, protocol, presenter, requester: me });
  return respond('Swap requested: the Meetings tab will show it after the next hourly run.');
});
