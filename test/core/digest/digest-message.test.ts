// The digest as its reader's mail program shows it: names and links people typed stay text.
import type { Digest } from '../../../src/core/digest/compose-digest';
import { digestMessage } from '../../../src/core/digest/digest-message';
import { localStyle } from '../../../src/core/schedule/local-style';

const context = {
  school: 'Lincoln Middle School',
  monday: '2026-09-14',
  attendanceBelow: 75,
  style: localStyle('en_US'),
};

function digest(overrides: Partial<Digest['groups'][number]> = {}): Digest {
  return {
    email: 'jane@x.org',
    name: 'Jane <b>Doe</b>',
    groups: [
      {
        id: 'MATH-6',
        name: 'Math & <script>alert(1)</script>',
        roles: ['facilitator', 'liaison'],
        attention: [],
        lowAttendance: [{ email: 'cara@x.org', name: 'Cara "<img src=x>" Lin', attended: 1, recorded: 4 }],
        comingUp: [{ date: '2026-09-15', startTime: '15:30', presenter: 'Ben Ortiz' }],
        withoutOutcomes: [
          { date: '2026-09-01', agenda: 'https://docs.google.com/document/d/abc/edit' },
          { date: '2026-09-08', agenda: 'javascript:alert(1)' },
        ],
        ...overrides,
      },
    ],
  };
}

describe('the digest message', () => {
  const message = digestMessage(digest(), context);

  it('escapes every name a person typed', () => {
    expect(message.html).not.toMatch(/<script|<img|<b>Doe/);
    expect(message.html).toContain('Math &amp; &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(message.html).toContain('Cara &quot;&lt;img src=x&gt;&quot; Lin: 1 of 4');
  });

  it('links only https agendas', () => {
    expect(message.html).toContain('<a href="https://docs.google.com/document/d/abc/edit">');
    expect(message.html).not.toMatch(/href="javascript/);
    expect(message.html).toContain('Agenda of Tue, Sep 8, 2026');
  });

  it('says the week, the threshold and who presents, in the school’s own style', () => {
    expect(message.subject).toBe('Lincoln Middle School: your PLG week of Sep 14');
    expect(message.text).toContain('Attended fewer than 75% of recorded meetings:');
    expect(message.text).toContain('Tue, Sep 15, 2026 at 3:30 PM: Ben Ortiz presents');
    expect(digestMessage(digest(), { ...context, style: localStyle('en_GB') }).subject).toMatch(/week of 14 Sep$/);
  });

  it('leaves out a section with nothing in it', () => {
    expect(message.text).not.toContain('Needs attention');
    const quiet = digestMessage(digest({ lowAttendance: [] }), context);
    expect(quiet.text).not.toContain('Attended fewer than');
  });
});
