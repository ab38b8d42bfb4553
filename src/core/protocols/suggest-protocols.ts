// The protocol chooser: which protocols fit this meeting, best first, each with one line on why. It matches the
// situation the way the guidance asks facilitators to learn to ("how to match them to the situation", shared/seeds
// 000) — the purpose the meeting's focus points to, the trust the group has shown on the health survey, the time
// the meeting leaves — so protocols "structure and deepen discussion, and … ensure safety for risk-taking"
// (shared/seeds 001). It suggests; the facilitator or admin still chooses.
import { purposeLabels, purposesInFocus } from './focus-purposes';
import { groupTrust, trustShortfall } from './group-trust';
import type { Protocol } from './protocol';
import { closingFeedback, normsCheckIn } from './scale-steps';

export interface ChooserInput {
  /** The meeting's Focus question, as typed. */
  focus?: string;
  /** The meeting's length; protocols that would lose their shape in it go last. */
  minutes?: number;
  /** The group's released "Collaboration and trust" average (of 5) on the latest health survey, if known. */
  trustScore?: number;
}

export interface Suggestion {
  protocol: Protocol;
  /** One line for the person choosing, e.g. "The focus mentions “benchmarks”: it helps a group make sense of data; …". */
  why: string;
}

/** How many suggestions a card or cell shows. */
export const suggestionsShown = 3;

const score = (x: number) => x.toFixed(1);

/**
 * Suggestions with a reason only: a protocol fits the focus, or the group's low trust calls for one that asks
 * little. With neither a focus nor a score there is nothing to go on, and nothing is suggested.
 */
export function suggestProtocols(
  protocols: readonly Protocol[],
  input: ChooserInput,
  count = suggestionsShown,
): Suggestion[] {
  const wanted = purposesInFocus(input.focus);
  const trust = groupTrust(input.trustScore);
  const available =
    input.minutes === undefined ? undefined : input.minutes - normsCheckIn.minutes - closingFeedback.minutes;

  const ranked = protocols.flatMap((protocol, order) => {
    const match = wanted.findIndex((w) => protocol.purposes.includes(w.purpose));
    const fit = match < 0 ? undefined : wanted[match]!;
    const buildsTrust = trust.level === 'low' && protocol.trustNeeded === 'low';
    if (!fit && !buildsTrust) return [];
    let points = 0;
    // The focus's strongest cue first; among protocols for it, those for which it is the main purpose.
    if (fit) points += 100 - 20 * match - 5 * protocol.purposes.indexOf(fit.purpose);
    if (trust.level) {
      // More trust asked than the group has shown sinks a protocol below every one that fits its trust.
      points -= 150 * trustShortfall(protocol.trustNeeded, trust.level);
      if (buildsTrust) points += 20 + (protocol.purposes.includes('norms-trust') ? 10 : 0);
    } else if (protocol.trustNeeded === 'established') {
      points -= 15; // unknown trust: the safer protocol of two that fit equally
    }
    const short = available !== undefined && available < protocol.minMinutes;
    if (short) points -= 300;
    return [
      { protocol, points, order, fits: Boolean(fit), why: reason(protocol, fit, trust, short ? available : undefined) },
    ];
  });
  ranked.sort((a, b) => b.points - a.points || a.order - b.order);
  const shown = ranked.slice(0, count);
  // A low-trust group still sees the best protocol for its focus, last, with why it is better kept for later.
  const bestForFocus = wanted.length ? ranked.find((r) => r.fits) : undefined;
  if (bestForFocus && !shown.some((r) => r.fits) && count > 0) shown[Math.min(count, shown.length) - 1] = bestForFocus;
  return shown.map(({ protocol, why }) => ({ protocol, why }));
}

function reason(
  protocol: Protocol,
  fit: ReturnType<typeof purposesInFocus>[number] | undefined,
  trust: ReturnType<typeof groupTrust>,
  available: number | undefined,
): string {
  const parts: string[] = [];
  if (fit) parts.push(`The focus mentions “${fit.cue}”: it helps a group ${purposeLabels[fit.purpose]}`);
  else parts.push(`It helps a group ${purposeLabels[protocol.purposes[0] ?? 'norms-trust']}`);

  const scoreText = trust.score === undefined ? '' : ` (health-survey trust score ${score(trust.score)} of 5)`;
  if (protocol.trustNeeded === 'established') {
    parts.push(
      trust.level === 'established'
        ? `best used once trust has developed, as the group's score says it has${scoreText}`
        : `best used once trust has developed${scoreText}`,
    );
  } else if (protocol.trustNeeded === 'low') {
    parts.push(
      trust.level === 'low'
        ? `it asks little trust, so it is safe while the group builds it${scoreText}`
        : 'it asks little trust of anyone',
    );
  } else {
    parts.push(
      trust.level === 'low'
        ? `members share their own work or dilemmas — better once the group's trust grows${scoreText}`
        : 'members share their own work, in a structure that protects them',
    );
  }
  if (available !== undefined)
    parts.push(`it needs ${protocol.minMinutes} minutes and this meeting leaves ${available}`);
  return `${parts.join('; ')}.`;
}
