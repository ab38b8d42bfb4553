// One welcome email, as the person reading it would check it: their groups and role in each, who facilitates,
// every meeting at the school's own clock time with its place and links — and nothing a colleague typed into a
// name, purpose or place ever turns into markup or a link.
import { localStyle } from '../../../src/core/schedule/local-style';
import type { WelcomeLetter } from '../../../src/core/sync/welcome-content';
import { welcomeEmail } from '../../../src/core/sync/welcome-email';

const fran = { email: 'fran@school.org', name: 'Fran Facilitator' };

function letter(overrides: Partial<WelcomeLetter> = {}): WelcomeLetter {
  return {
    person: fran,
    groups: [
      {
        id: 'MATH-6',
        name: 'Math 6',
        role: 'facilitator',
        purpose: 'Raise proportional reasoning.',
        facilitator: fran,
        meetings: [
          {
            date: '2026-09-08',
            start: '15:30',
            end: '16:20',
            location: 'Room 204',
            feedback: 'https://docs.google.com/forms/d/e/x/viewform?entry.1=MATH-6-2026-09-08',
            agenda: 'https://docs.google.com/document/d/abc/edit',
            eventId: 'e1',
          },
          { date: '2026-09-22', start: '15:30', end: '16:20', location: 'Room 204', eventId: 'e2' },
        ],
      },
      {
        id: 'FACIL',
        name: 'Facilitators PLG',
        role: 'member',
        facilitator: { email: 'lee@school.org', name: 'Lee Lead' },
        coFacilitator: { email: 'kim@school.org', name: 'Kim Co' },
        meetings: [{ date: '2026-09-10', start: '07:30', end: '08:20', eventId: 'e3' }],
      },
    ],
    ...overrides,
  };
}

const context = { school: 'Riverside Middle School', timeZone: 'America/New_York', style: localStyle('en_US') };

describe('welcomeEmail', () => {
  it('names both groups, the role in each, the facilitators and every meeting with its links', () => {
    const mail = welcomeEmail(letter(), context);
    expect(mail.to).toBe('fran@school.org');
    expect(mail.subject).toBe('Riverside Middle School: your PLG meetings this year');
    expect(mail.body).toContain('Your 3 PLG meetings are in your Google Calendar (Math 6 PLG and Facilitators PLG)');
    expect(mail.body).toContain('Your role: Facilitator · Facilitator: Fran Facilitator (fran@school.org)');
    expect(mail.body).toContain(
      'Your role: Member · Facilitator: Lee Lead (lee@school.org) · Co-facilitator: Kim Co (kim@school.org)',
    );
    expect(mail.body).toContain(
      '- Tue, Sep 8, 2026, 3:30–4:20 PM · Room 204 (agenda: https://docs.google.com/document/d/abc/edit, feedback: https://docs.google.com/forms/',
    );
    expect(mail.body).toContain('- Thu, Sep 10, 2026, 7:30–8:20 AM');
    expect((mail.htmlBody.match(/<li>/g) ?? []).length).toBe(3);
    expect(mail.htmlBody).toContain('<a href="https://docs.google.com/document/d/abc/edit">Agenda</a>');
    expect(mail.htmlBody).toContain('https://calendar.google.com/calendar/r/day/2026/9/8');
    expect(mail.body).toContain('Times are America/New_York time.');
  });

  it('writes times as the school does: a 24-hour clock, day first, in en_GB', () => {
    const mail = welcomeEmail(letter(), { ...context, timeZone: 'Europe/London', style: localStyle('en_GB') });
    expect(mail.body).toContain('- Tue 8 Sep 2026, 15:30–16:20 · Room 204');
    expect(mail.body).toContain('Times are Europe/London time.');
  });

  it('keeps markup a colleague typed as text in the HTML, and as typed in the plain text', () => {
    const trick = '<b>=HYPERLINK("https://evil.example","pay")</b>';
    const base = letter();
    const mail = welcomeEmail(
      letter({
        person: { email: fran.email, name: trick },
        groups: [
          {
            ...base.groups[0]!,
            name: '<i>Math</i>',
            purpose: '<script>alert(1)</script>',
            facilitator: { email: 'x@school.org', name: '"><img src=x>' },
            meetings: [{ ...base.groups[0]!.meetings[0]!, location: '<u>Room</u> & hall' }],
          },
        ],
      }),
      context,
    );
    expect(mail.htmlBody).not.toMatch(/<b>|<i>|<script|<img|<u>/);
    expect(mail.htmlBody).toContain('&lt;b&gt;=HYPERLINK(&quot;https://evil.example&quot;,&quot;pay&quot;)&lt;/b&gt;');
    expect(mail.htmlBody).toContain('&lt;u&gt;Room&lt;/u&gt; &amp; hall');
    expect(mail.body).toContain(`Hello ${trick},`);
  });

  it('links only web addresses: anything else typed in a link cell is shown as text', () => {
    const base = letter();
    const mail = welcomeEmail(
      letter({
        groups: [
          {
            ...base.groups[0]!,
            meetings: [
              { ...base.groups[0]!.meetings[0]!, agenda: 'javascript:alert(1)', feedback: 'https://ok.example/f"x' },
            ],
          },
        ],
      }),
      context,
    );
    expect(mail.htmlBody).not.toContain('href="javascript');
    expect(mail.htmlBody).toContain('Agenda: javascript:alert(1)');
    expect(mail.htmlBody).not.toContain('href="https://ok.example/f');
  });

  it('keeps the subject on one line whatever the school name holds', () => {
    const mail = welcomeEmail(letter(), { ...context, school: 'Riverside\nBcc: everyone@school.org' });
    expect(mail.subject).not.toMatch(/\n/);
  });
});
