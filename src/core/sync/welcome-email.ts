// One person's welcome email (quiet start): the letter of welcome-content.ts in words, as plain text and HTML.
// Everything a person typed into the registry — names, group names, purposes, places — is escaped in the HTML, so
// a name like "<b>=HYPERLINK(…)</b>" reads as itself; a link is a link only when it is an http(s) address.
// Dates and times are the school's (Settings ▸ Time zone) in the registry's locale, the same words as the
// events and cards.
import { escapeHtml } from '../report/html-escape';
import { groupRoleWord } from '../role-words';
import { clockRangeText, dayText, type LocalStyle } from '../schedule/local-style';
import { plgTitle } from '../registry/plg-title';
import type { WelcomeGroup, WelcomeLetter, WelcomeMeeting } from './welcome-content';

export interface WelcomeEmail {
  to: string;
  subject: string;
  body: string;
  htmlBody: string;
}

export interface WelcomeContext {
  school: string;
  timeZone: string;
  style: LocalStyle;
}

export function welcomeEmail(letter: WelcomeLetter, context: WelcomeContext): WelcomeEmail {
  const { person, groups } = letter;
  const count = groups.reduce((n, g) => n + g.meetings.length, 0);
  const meetingsWord = `${count} PLG meeting${count === 1 ? '' : 's'}`;
  const groupNames = groups.map((g) => plgTitle(g.name));
  const intro = `Your ${meetingsWord} ${count === 1 ? 'is' : 'are'} in your Google Calendar (${joinWords(groupNames)}). They were added without an invitation email for each one: this email is the one that tells you about them. From now on, Calendar emails you when a meeting moves or is canceled, or when a meeting is added for you.`;
  const zoneNote = `Times are ${context.timeZone} time.`;
  const first = groups.flatMap((g) => g.meetings).sort(byWhen)[0];
  const calendarLink = first ? calendarDayLink(first.date) : 'https://calendar.google.com/calendar/r';
  const subject = oneLine(`${context.school ? `${context.school}: ` : ''}your PLG meetings this year`);

  const text = [
    `Hello ${person.name},`,
    '',
    intro,
    '',
    ...groups.flatMap((g) => [...groupText(g, context), '']),
    zoneNote,
    `Open Google Calendar at your first meeting: ${calendarLink}`,
  ].join('\n');

  const html = [
    `<p>Hello ${escapeHtml(person.name)},</p>`,
    `<p>${escapeHtml(intro)}</p>`,
    ...groups.map((g) => groupHtml(g, context)),
    `<p>${escapeHtml(zoneNote)} <a href="${escapeHtml(calendarLink)}">Open Google Calendar at your first meeting</a></p>`,
  ].join('\n');

  return { to: person.email, subject, body: text, htmlBody: html };
}

function groupFacts(group: WelcomeGroup): string[] {
  const facts = [`Your role: ${groupRoleWord(group.role)}`];
  const who = (p: { name: string; email: string }) => (p.name === p.email ? p.email : `${p.name} (${p.email})`);
  facts.push(`Facilitator: ${group.facilitator ? who(group.facilitator) : 'not named yet'}`);
  if (group.coFacilitator) facts.push(`Co-facilitator: ${who(group.coFacilitator)}`);
  return facts;
}

function groupText(group: WelcomeGroup, context: WelcomeContext): string[] {
  return [
    plgTitle(group.name),
    groupFacts(group).join(' · '),
    ...(group.purpose ? [`Purpose: ${group.purpose}`] : []),
    ...group.meetings.map((m) => `- ${meetingText(m, context)}${linksText(m)}`),
  ];
}

function groupHtml(group: WelcomeGroup, context: WelcomeContext): string {
  const items = group.meetings.map((m) => {
    const links = [link(m.agenda, 'Agenda'), link(m.feedback, 'Feedback')].filter(Boolean);
    return `<li>${escapeHtml(meetingText(m, context))}${links.length ? ` · ${links.join(' · ')}` : ''}</li>`;
  });
  return [
    `<h3>${escapeHtml(plgTitle(group.name))}</h3>`,
    `<p>${groupFacts(group).map(escapeHtml).join(' · ')}</p>`,
    ...(group.purpose ? [`<p>Purpose: ${escapeHtml(group.purpose)}</p>`] : []),
    `<ul>${items.join('')}</ul>`,
  ].join('\n');
}

/** "Tue, Sep 8, 2026, 3:30–4:20 PM · Room 204". */
function meetingText(meeting: WelcomeMeeting, context: WelcomeContext): string {
  const when = `${dayText(meeting.date, context.style)}, ${clockRangeText(meeting.start, meeting.end, context.style)}`;
  return meeting.location ? `${when} · ${meeting.location}` : when;
}

function linksText(meeting: WelcomeMeeting): string {
  const links = [
    meeting.agenda && `agenda: ${meeting.agenda}`,
    meeting.feedback && `feedback: ${meeting.feedback}`,
  ].filter(Boolean);
  return links.length ? ` (${links.join(', ')})` : '';
}

/** A link only for a web address; anything else typed into a link cell is shown as text. */
function link(url: string | undefined, label: string): string | undefined {
  if (!url) return undefined;
  if (!/^https?:\/\/[^\s"'<>]+$/i.test(url.trim())) return `${label}: ${escapeHtml(url)}`;
  return `<a href="${escapeHtml(url.trim())}">${label}</a>`;
}

/** Google Calendar's day view at the first meeting: the person's own calendar, where the meetings now are. */
function calendarDayLink(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `https://calendar.google.com/calendar/r/day/${year}/${month}/${day}`;
}

function byWhen(a: WelcomeMeeting, b: WelcomeMeeting): number {
  return `${a.date}T${a.start}`.localeCompare(`${b.date}T${b.start}`);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function joinWords(words: string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
