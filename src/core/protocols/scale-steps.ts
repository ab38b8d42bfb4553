// Fits a protocol into one meeting. Every meeting opens with a norms check-in ("Develop, model, and nurture
// explicit norms") and closes with feedback ("Get feedback at the end of every PLG mtg", shared/seeds); the
// protocol's steps share what is left in proportion to their recommended lengths, in whole minutes, so the
// agenda adds up to exactly the meeting.
import { minutesOfDay, timeOfDay } from '../calendar/wall-time';
import type { Protocol, ProtocolStep } from './protocol';

export interface TimedStep extends ProtocolStep {
  /** "HH:MM" */
  from: string;
  to: string;
  /** "15:30–15:35" */
  clock: string;
}

export interface ScaledProtocol {
  steps: TimedStep[];
  /** Said to the facilitator when the meeting is too short for the protocol to keep its shape. */
  warnings: string[];
}

export interface ScaleOptions {
  /** Meeting start, "HH:MM". */
  startTime: string;
  openingMinutes?: number;
  closingMinutes?: number;
}

/** Beyond this many times its typical length a protocol's steps drag; the facilitator is told. */
export const stretchAtMost = 2;

export const normsCheckIn: ProtocolStep = {
  name: 'Norms check-in',
  minutes: 5,
  who: 'Facilitator',
  prompt: 'Read our norms aloud. Is there one we want to pay special attention to today?',
};

export const closingFeedback: ProtocolStep = {
  name: 'Debrief and feedback',
  minutes: 5,
  who: 'Everyone',
  prompt: 'How did today’s process serve the work? Fill in the feedback form before you leave.',
};

export function scaleSteps(protocol: Protocol, meetingMinutes: number, options: ScaleOptions): ScaledProtocol {
  if (!Number.isInteger(meetingMinutes) || meetingMinutes < 2) {
    throw new RangeError(`A meeting of ${meetingMinutes} minutes cannot hold a norms check-in and feedback`);
  }
  const warnings: string[] = [];
  let opening = options.openingMinutes ?? normsCheckIn.minutes;
  let closing = options.closingMinutes ?? closingFeedback.minutes;
  // Short meetings give up opening and closing minutes first, but never the steps themselves.
  while (meetingMinutes - opening - closing < protocol.steps.length && (opening > 1 || closing > 1)) {
    if (closing >= opening && closing > 1) closing--;
    else opening--;
  }
  const available = meetingMinutes - opening - closing;
  const fitting = protocol.steps.slice(0, Math.max(0, available));
  if (fitting.length < protocol.steps.length) {
    const dropped = protocol.steps.slice(fitting.length).map((s) => s.name);
    warnings.push(
      `${meetingMinutes} minutes cannot hold every step of ${protocol.name}; left out: ${dropped.join(', ')}. Choose a shorter protocol or a longer meeting.`,
    );
  } else if (available < protocol.minMinutes) {
    warnings.push(
      `${protocol.name} needs at least ${protocol.minMinutes} minutes; this meeting leaves ${available}, so every step is shortened.`,
    );
  }
  if (
    protocol.steps.length > 1 &&
    fitting.length === protocol.steps.length &&
    available > stretchAtMost * protocol.recommendedMinutes
  ) {
    // Proportional shares keep the shape, but a 15-minute silent step stretched to 40 is no longer the protocol.
    // (One open step, like the agenda's open discussion, has no shape to lose.)
    warnings.push(
      `${protocol.name} runs about ${protocol.recommendedMinutes} minutes; this meeting leaves ${available}, so every step is ${(available / protocol.recommendedMinutes).toFixed(1)} times as long. Choose a longer protocol, or plan a second activity and shorten this one's steps in the agenda.`,
    );
  }
  const minutes = shareMinutes(
    fitting.map((s) => s.minutes),
    available,
  );
  const steps = [
    { ...normsCheckIn, minutes: opening },
    ...fitting.map((s, i) => ({ ...s, minutes: minutes[i]! })),
    { ...closingFeedback, minutes: closing },
  ];
  return { steps: withClockTimes(steps, options.startTime), warnings };
}

/** Largest-remainder shares of `total` in proportion to `weights` (each at least 1, as the Protocols tab requires), each share at least 1, summing exactly to `total`. */
function shareMinutes(weights: number[], total: number): number[] {
  if (weights.length === 0) return [];
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const quotas = weights.map((w) => (w * total) / weightSum);
  const shares = quotas.map((q) => Math.max(1, Math.floor(q)));
  const byRemainder = (order: 1 | -1) =>
    quotas
      .map((q, i) => ({ i, remainder: q - shares[i]! }))
      .sort((a, b) => order * (b.remainder - a.remainder) || a.i - b.i)
      .map((x) => x.i);
  let sum = shares.reduce((a, b) => a + b, 0);
  while (sum < total) {
    for (const i of byRemainder(1)) {
      if (sum === total) break;
      shares[i]!++;
      sum++;
    }
  }
  while (sum > total) {
    // Raising small steps to 1 minute can overshoot: take it back from the steps furthest above their quota.
    for (const i of byRemainder(-1)) {
      if (sum === total) break;
      if (shares[i]! > 1) {
        shares[i]!--;
        sum--;
      }
    }
  }
  return shares;
}

function withClockTimes(steps: ProtocolStep[], startTime: string): TimedStep[] {
  let at = minutesOfDay(startTime);
  return steps.map((s) => {
    const from = timeOfDay(at);
    at += s.minutes;
    const to = timeOfDay(at);
    return { ...s, from, to, clock: `${from}–${to}` };
  });
}
