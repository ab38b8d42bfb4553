// Settings at a glance: what PLG Hub is working with, in words, and where to change it (the Settings tab).
import { dayText } from '../core/schedule/local-style';
import { schoolYearMonthsText } from '../core/schedule/school-year-months';
import { openRegistry, readableRegistry } from '../workspace/registry-io';
import { button, buttons, card, fact, paragraph, respond, section } from './cards/widgets';
import { guarded } from './guarded';
import { requireRegistry } from './registry-actions';

export const onShowSettings = guarded('Settings', () => {
  const registry = readableRegistry(openRegistry(requireRegistry()));
  const s = registry.settings;
  return respond(
    'Change any of these on the Settings tab.',
    card('Settings', [
      section('School year', [
        fact('School', s.school),
        fact('Year', `${dayText(s.yearStart, registry.style)} to ${dayText(s.yearEnd, registry.style)}`, s.timeZone),
        fact(
          'Invitations',
          `Only @${s.domain} addresses`,
          s.allowExternalGuests ? 'Outside guests allowed' : 'Outside guests are refused',
        ),
        fact(
          'Quiet start',
          s.quietStart ? 'On' : 'Off',
          s.quietStart
            ? 'Newcomers get one welcome email instead of an invitation per meeting'
            : 'Every new meeting sends its own invitation',
        ),
      ]),
      section('What the guidance asks', [
        fact('Meetings', `At least ${s.minMinutes} minutes, ${s.minMeetingsPerMonth} times a month`),
        fact('Group size', `${s.groupSizeMin} to ${s.groupSizeMax} people`),
      ]),
      section('Agendas and feedback', [
        fact('Agenda Docs', `Made ${s.agendaLeadDays} days ahead`, `Members may ${s.agendaAccess}`),
        fact(
          'Feedback',
          s.collectEmails ? 'Respondent emails are collected' : 'Anonymous',
          `Groups with fewer than ${s.anonymityThreshold} responses stay hidden`,
        ),
        fact('Health survey', schoolYearMonthsText(s.surveyMonths, s.yearStart), `Sent to ${s.surveyAudience}`),
        fact(
          'Weekly digest',
          s.weeklyDigest ? 'On: every Monday, to facilitators and liaisons' : 'Off',
          `Names members under ${s.attendanceBelow}% attendance to their own group's leads`,
        ),
      ]),
      section(undefined, [
        paragraph('Edit values in the Value column of the Settings tab; Validate checks them.'),
        buttons(button('Back', 'onShowHome')),
      ]),
    ]),
    false,
  );
});
