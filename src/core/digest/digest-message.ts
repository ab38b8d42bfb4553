// A digest as the email it goes out as: a subject, an HTML body and the same in plain text (for mail programs
// that show no HTML). Names, group names and links come from the registry, where people type them: every one is
// escaped in the HTML, and a link is a link only when it is an https address.
import { escapeHtml } from '../report/html-escape';
import type { LocalStyle } from '../schedule/local-style';
import { dayText, meetingWhenText, shortDayText } from '../schedule/local-style';
import type { Digest, DigestGroup } from './compose-digest';

export interface DigestMessage {
  subject: string;
  html: string;
  text: string;
}

export interface DigestContext {
  school: string;
  /** Monday of the digest's week. */
  monday: string;
  /** Settings ▸ Attendance below, in percent. */
  attendanceBelow: number;
  style: LocalStyle;
}

/** More past meetings without outcomes than this are counted, not listed. */
const listedWithoutOutcomes = 5;

const roleWords = { facilitator: 'you facilitate', liaison: 'you are its administrator liaison' } as const;

interface Section {
  heading: string;
  /** Each line as text; `link` makes the line's text a link. */
  lines: { text: string; link?: string; note?: string }[];
}

function sectionsOf(group: DigestGroup, context: DigestContext): Section[] {
  const { style } = context;
  const sections: Section[] = [];
  if (group.attention.length)
    sections.push({
      heading: 'Needs attention',
      lines: group.attention.map((a) => ({ text: `${a.title}: ${a.evidence}.`, note: `The guidance: ${a.strategy}` })),
    });
  if (group.lowAttendance.length)
    sections.push({
      heading: `Attended fewer than ${context.attendanceBelow}% of recorded meetings`,
      lines: group.lowAttendance.map((p) => ({ text: `${p.name}: ${p.attended} of ${p.recorded}` })),
    });
  if (group.comingUp.length)
    sections.push({
      heading: 'Coming up',
      lines: group.comingUp.map((m) => ({
        text: `${meetingWhenText(m.date, m.startTime, style)}: ${m.presenter ? `${m.presenter} presents` : 'no presenter named yet'}`,
      })),
    });
  if (group.withoutOutcomes.length) {
    const listed = group.withoutOutcomes.slice(-listedWithoutOutcomes);
    const more = group.withoutOutcomes.length - listed.length;
    sections.push({
      heading: 'Agendas without outcomes',
      lines: [
        ...listed.map((m) => ({ text: `Agenda of ${dayText(m.date, style)}`, link: safeLink(m.agenda) })),
        ...(more ? [{ text: `and ${more} earlier` }] : []),
      ],
    });
  }
  return sections;
}

export function digestMessage(digest: Digest, context: DigestContext): DigestMessage {
  const week = shortDayText(context.monday, context.style);
  const subject = `${context.school}: your PLG week of ${week}`;
  const intro = `Your PLG week of ${week}, for the groups you lead. Each line comes from the registry; change it there.`;
  const groups = digest.groups.map((g) => ({ group: g, sections: sectionsOf(g, context) }));

  const html = [
    '<!doctype html><html><body style="font-family:Arial,sans-serif;color:#202124">',
    `<p>Hello ${escapeHtml(digest.name)},</p>`,
    `<p>${escapeHtml(intro)}</p>`,
    ...groups.flatMap(({ group, sections }) => [
      `<h2 style="font-size:18px">${escapeHtml(group.name)}</h2>`,
      `<p style="color:#5f6368">${escapeHtml(group.roles.map((r) => roleWords[r]).join('; '))}</p>`,
      ...sections.flatMap((s) => [
        `<h3 style="font-size:15px">${escapeHtml(s.heading)}</h3>`,
        '<ul>',
        ...s.lines.map((l) => {
          const text = l.link ? `<a href="${escapeHtml(l.link)}">${escapeHtml(l.text)}</a>` : escapeHtml(l.text);
          return `<li>${text}${l.note ? `<br><span style="color:#5f6368">${escapeHtml(l.note)}</span>` : ''}</li>`;
        }),
        '</ul>',
      ]),
    ]),
    `<p style="color:#5f6368">Sent by PLG Hub for ${escapeHtml(context.school)}, once a week while Settings ▸ Weekly digest is Yes.</p>`,
    '</body></html>',
  ].join('\n');

  const text = [
    `Hello ${digest.name},`,
    '',
    intro,
    ...groups.flatMap(({ group, sections }) => [
      '',
      `== ${group.name} (${group.roles.map((r) => roleWords[r]).join('; ')}) ==`,
      ...sections.flatMap((s) => [
        '',
        `${s.heading}:`,
        ...s.lines.map((l) => `- ${l.text}${l.link ? ` (${l.link})` : ''}${l.note ? `\n  ${l.note}` : ''}`),
      ]),
    ]),
  ].join('\n');
  return { subject, html, text };
}

/** An https address as it is; anything else (a typed "javascript:…") is no link. */
function safeLink(url: string): string | undefined {
  return /^https:\/\/[^\s"'<>]+$/.test(url.trim()) ? url.trim() : undefined;
}
