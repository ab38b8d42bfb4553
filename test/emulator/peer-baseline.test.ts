// The benchmark's baseline must be the plain script schools use, on PLG Hub's own meetings: whoever breaks it
// (copies the wrong meetings, drops the pause, lets a re-run duplicate events) makes PLG Hub's figures look
// better or worse than they are.
import { allEvents, calendarState } from '../../src/emulator/calendar';
import { previewAndApply, setUpAndFill } from '../../src/emulator/bench/admin-sync';
import { PeerBaseline } from '../../src/emulator/bench/peer-baseline';
import { moveOneMeeting } from '../../src/emulator/bench/registry-edits';
import { startSchool } from '../../src/emulator/harness';

describe('the peer-style baseline', () => {
  const s = startSchool({ seed: 2, withFindings: false });
  setUpAndFill(s);
  previewAndApply(s, s.open('onSheetsHomepage'));
  const plgCalendars = Object.values(calendarState(s.ws).calendars).filter((c) => !c.primary);
  const meetings = plgCalendars.flatMap((c) => allEvents(s.ws, c.id)).filter((e) => e.status !== 'cancelled');
  const peer = new PeerBaseline(s);

  it('makes one createEvent per meeting, with its guests, pausing 200 ms after each', () => {
    peer.copyMeetings();
    const first = peer.sync();
    expect(meetings.length).toBeGreaterThan(20);
    expect(first.callsByKind['CalendarApp.Calendar.createEvent']).toBe(meetings.length);
    expect(first.modeledSeconds).toBeGreaterThanOrEqual(meetings.length * (0.6 + 0.2));
    expect(first.withinLimits).toBe(true);
  });

  it('makes nothing again when nothing changed, and one change for one moved meeting', () => {
    peer.copyMeetings();
    const again = peer.sync();
    expect(again.callsByKind['CalendarApp.Calendar.createEvent'] ?? 0).toBe(0);
    expect(again.calls).toBeLessThan(10);

    moveOneMeeting(s);
    previewAndApply(s, s.open('onSheetsHomepage'));
    peer.copyMeetings();
    const moved = peer.sync();
    expect(moved.callsByKind['CalendarApp.CalendarEvent.setTime']).toBe(1);
    expect(moved.callsByKind['CalendarApp.Calendar.createEvent'] ?? 0).toBe(0);
  });
});
