// Which meeting a feedback response is about, without asking anyone to type an internal id. The group's form asks
// "Meeting" as a dropdown of the group's meetings written as the school writes dates ("Tue 8 Sep 2026"); each
// meeting's prefilled link picks its own date, and someone without the link picks it from the list. A date names a
// meeting within one group (its form is that group's), with the start time added only when the group meets twice
// that day. The list is the whole year's, not a moving window of recent ones: every link sent weeks ahead must
// match a choice (Forms drops a prefilled answer that is not one), and a window would need a Forms write per group
// after every meeting; the list changes only when a meeting is moved, added or canceled.
import { clockText, dayText, type LocalStyle } from '../schedule/local-style';

interface GroupMeeting {
  key: string;
  date: string;
  startTime: string;
  status: string;
}

/** Meeting key → its label, for every meeting of one group not canceled (the labels a response can carry). */
export function meetingLabels(meetings: readonly GroupMeeting[], style: LocalStyle): Map<string, string> {
  // A repurposed meeting stays a choice: its members may still say the time was not used for PLG work, and
  // marking it repurposed after the fact must not unmatch the responses it already has.
  const scheduled = meetings.filter((m) => m.status === 'scheduled' || m.status === 'repurposed');
  const perDay = new Map<string, number>();
  for (const m of scheduled) perDay.set(m.date, (perDay.get(m.date) ?? 0) + 1);
  return new Map(
    scheduled.map((m) => [
      m.key,
      perDay.get(m.date)! > 1
        ? `${dayText(m.date, style)} at ${clockText(m.startTime, style)}`
        : dayText(m.date, style),
    ]),
  );
}
