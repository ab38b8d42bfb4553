// A short token naming a calendar plan, carried by the Apply button, so Apply writes exactly what the admin
// previewed — or shows the new preview if the registry changed in between. Quiet start's welcome emails are part
// of it: turning quiet start on or off, or a new person to welcome, makes a new preview (core/sync/welcome-plan.ts).
import type { CalendarPlan } from '../calendar/calendar-plan';
import type { WelcomePlan } from './welcome-plan';

export function planToken(plan: CalendarPlan, welcomes?: Pick<WelcomePlan, 'audience'>): string {
  const parts = [
    ...plan.creates.map((c) => `c${c.event.id}${c.event.extendedProperties.private.fingerprint}`),
    ...plan.updates.map((u) => `u${u.eventId}${u.event.extendedProperties.private.fingerprint}`),
    ...plan.cancels.map((c) => `x${c.eventId}`),
    ...(welcomes?.audience ?? []).map((w) => `w${w.email}`),
  ].sort();
  let hash = 2166136261;
  for (const ch of parts.join('|')) hash = Math.imul(hash ^ ch.charCodeAt(0), 16777619) >>> 0;
  return `${parts.length}-${hash.toString(36)}`;
}
