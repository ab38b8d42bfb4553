import { newTabIndex, registryTabOrder } from '../../../src/core/registry/tab-order';
import type { Column } from '../../../src/core/registry/tab-spec';
import {
  attendanceTab,
  closuresTab,
  goalsTab,
  groupsTab,
  meetingsTab,
  membersTab,
  staffTab,
} from '../../../src/core/registry/tabs';

/** Inserts the tabs one by one, as Set up and later runs would, starting from `start`. */
function build(start: string[], added: string[]): string[] {
  const tabs = [...start];
  for (const name of added) tabs.splice(newTabIndex(tabs, name), 0, name);
  return tabs;
}

describe('registry tab order', () => {
  it("ends in the admin's order whatever order the tabs are made in", () => {
    const madeBySetUp = [
      'Settings',
      'Staff',
      'Groups',
      'Members',
      'Meetings',
      'Attendance',
      'Closures',
      'Goals',
      'Protocols',
    ];
    const later = ['Problems', 'Preview', 'Proposal', 'Feedback', 'Dashboard', 'PLG hours', 'Dashboard data'];
    expect(build([], [...madeBySetUp, ...later])).toEqual(registryTabOrder);
    expect(build([], [...later].reverse().concat([...madeBySetUp].reverse()))).toEqual(registryTabOrder);
  });

  it('puts Feedback and Dashboard before the tabs filled in now and then, never last', () => {
    const tabs = build(
      [],
      ['Settings', 'Staff', 'Meetings', 'Attendance', 'Goals', 'Protocols', 'Dashboard', 'Feedback'],
    );
    expect(tabs.indexOf('Dashboard')).toBeLessThan(tabs.indexOf('Attendance'));
    expect(tabs.at(-1)).toBe('Protocols');
  });

  it("leaves a school's own tabs where they are and never moves an existing tab", () => {
    const start = ['Our notes', 'Settings', 'Meetings', 'Budget'];
    const tabs = build(start, ['Problems', 'Staff']);
    expect(tabs).toEqual(['Our notes', 'Settings', 'Staff', 'Meetings', 'Problems', 'Budget']);
  });

  it('puts a tab it does not know last', () => {
    expect(newTabIndex(['Settings', 'Staff'], 'Form Responses 1')).toBe(2);
  });
});

describe("PLG Hub's bookkeeping columns", () => {
  it('come after every column people edit, on every tab Set up makes', () => {
    for (const spec of [staffTab, groupsTab, membersTab, meetingsTab, attendanceTab, closuresTab, goalsTab]) {
      const internal = Object.values(spec.columns).map((c) => Boolean((c as Column).internal));
      const firstInternal = internal.indexOf(true);
      if (firstInternal >= 0) expect(internal.slice(firstInternal).every(Boolean)).toBe(true);
    }
    const meetings = Object.values(meetingsTab.columns).filter((c) => (c as Column).internal);
    expect(meetings.map((c) => c.header)).toEqual(['Generated as', 'Calendar event', 'Synced']);
  });
});
