// A short token naming a calendar plan, carried by the Apply button, so Apply writes exactly what the admin
// previewed — or shows the new preview if the registry changed in between.
import type { CalendarPlan } from '../calendar/calendar-plan';

export function planToken(plan: CalendarPlan): string {
  const parts = [
    ...plan.creates.map((c) => `c${c.event.id}${c.event.extendedProperties.private.fingerprint}`),
    ...plan.updates.map((u) => `u${u.eventId}${u.event.extendedProperties.private.fingerprint}`),
    ...plan.cancels.map((c) => `x${c.eventId}`),
  ].sort();
  let hash = 2166136261;
  for (const ch of parts.join('|')) hash = Math.imul(hash ^ ch.charCodeAt(0), 16777619) >>> 0;
  return `${parts.length}-${hash.toString(36)}`;
}
