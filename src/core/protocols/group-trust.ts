// How far a group's trust has developed, read from the health survey's "Collaboration and trust" average
// (core/feedback/traits.ts: "The group is highly collaborative and has created a trusting environment"). Protocols
// are there "to ensure safety for risk-taking" (shared/seeds 001, "Culture"); where members say they are
// "fearful/hesitant to share their real work" (shared/seeds 000), the chooser starts with protocols that ask less.
import type { TrustNeed } from './protocol';

/** Below this average (of 5) members do not agree; the dashboard's weak-area cut (core/diagnosis/diagnose.ts). */
export const lowTrustBelow = 3.5;
/** At or above this average members agree clearly enough to take on protocols that need established trust. */
export const establishedTrustFrom = 4;

export interface GroupTrust {
  /** The most a protocol should ask of this group; undefined when no released score is known. */
  level?: TrustNeed;
  /** The average the level was read from, e.g. 3.1. */
  score?: number;
}

/** A released survey average (never one person's answer: see core/metrics/anonymity.ts), or none. */
export function groupTrust(score: number | undefined): GroupTrust {
  if (score === undefined || !Number.isFinite(score)) return {};
  if (score < lowTrustBelow) return { level: 'low', score };
  if (score < establishedTrustFrom) return { level: 'some', score };
  return { level: 'established', score };
}

const rank: Record<TrustNeed, number> = { low: 0, some: 1, established: 2 };

/** How many levels more trust a protocol asks than the group has shown (0 when it asks no more). */
export function trustShortfall(needed: TrustNeed, has: TrustNeed): number {
  return Math.max(0, rank[needed] - rank[has]);
}
