// The calendar plan in sentences an admin reads before pressing Apply, and as rows for the Preview tab.
import type { CalendarPlan } from '../calendar/calendar-plan';
import { whenOf, type FieldChange, type When } from '../calendar/event-changes';

export interface PreviewRow {
  action: 'Create' | 'Update' | 'Cancel' | 'Changed in Calendar' | 'Warning';
  meeting: string;
  group: string;
  when: string;
  details: string;
}

export const previewHeaders = ['Action', 'Meeting', 'Group', 'When', 'Details'];

export function previewRows(plan: CalendarPlan): PreviewRow[] {
  const rows: PreviewRow[] = [];
  for (const c of plan.creates) {
    const when = whenOf(c.event, c.event.start.timeZone);
    rows.push({
      action: 'Create',
      meeting: c.meetingKey,
      group: c.group,
      when: whenText(when),
      details: `${c.event.summary}, ${c.event.location || 'no place yet'}, ${c.event.attendees.length} guests`,
    });
  }
  for (const u of plan.updates) {
    rows.push({
      action: 'Update',
      meeting: u.meetingKey,
      group: u.group,
      when: whenText(whenOf(u.event, u.event.start.timeZone)),
      details: u.changes.map(changeText).join('; '),
    });
  }
  for (const c of plan.cancels) {
    rows.push({
      action: 'Cancel',
      meeting: c.meetingKey,
      group: c.group ?? '',
      when: whenText(c.when),
      details:
        c.reason === 'orphan'
          ? `${c.summary}: no longer in the registry`
          : `${c.summary}: canceled in the Meetings tab`,
    });
  }
  for (const d of plan.drift) {
    rows.push({
      action: 'Changed in Calendar',
      meeting: d.meetingKey,
      group: d.group,
      when: '',
      details: `${d.summary}: ${d.changes.map(changeText).join('; ')} — keep Calendar's version or restore the registry's`,
    });
  }
  for (const w of plan.warnings) {
    rows.push({
      action: 'Warning',
      meeting: 'meetingKey' in w ? w.meetingKey : w.meetingKeys.join(', '),
      group: 'group' in w ? w.group : '',
      when: 'when' in w ? whenText(w.when) : '',
      details: w.message,
    });
  }
  return rows;
}

/** One sentence per change, e.g. "Update: MATH-1-20260908 (Tue 8 Sep 2026 15:30): time 15:30→16:00". */
export function planLines(plan: CalendarPlan): string[] {
  return previewRows(plan)
    .filter((r) => r.action !== 'Warning')
    .map((r) => `${r.action}: ${r.meeting}${r.when ? ` (${r.when})` : ''} — ${r.details}`);
}

function whenText(when: When): string {
  return `${when.date} ${when.start}–${when.end}`;
}

function changeText(change: FieldChange): string {
  switch (change.field) {
    case 'time':
      return `time ${whenText(change.from)} → ${whenText(change.to)}`;
    case 'place':
      return `place "${change.from}" → "${change.to}"`;
    case 'title':
      return `title "${change.from}" → "${change.to}"`;
    case 'description':
      return 'description (purpose, links or presenter)';
    case 'guests':
      return `guests ${[...change.added.map((e) => `+${e}`), ...change.removed.map((e) => `−${e}`)].join(', ')}`;
  }
}
