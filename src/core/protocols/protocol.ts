// A discussion protocol: a timed sequence of steps that keeps a PLG's talk on the work and safe for the person
// sharing it ("Use protocols to structure and deepen discussion, and to ensure safety for risk-taking",
// shared/seeds 001, "Culture").

/** What a group can bring to a protocol ("teacher work, student work, research, and data", shared/seeds 001). */
export const workTypes = ['student work', 'teacher work', 'data', 'text'] as const;
export type WorkType = (typeof workTypes)[number];

/**
 * What a group is trying to do at a meeting — the chooser matches a meeting's focus to these (protocol-purposes.ts
 * says what each looks like in a focus line). A protocol may serve several.
 */
export const protocolPurposes = ['tune-work', 'student-work', 'dilemma', 'data', 'text', 'norms-trust'] as const;
export type ProtocolPurpose = (typeof protocolPurposes)[number];

/**
 * How much trust a protocol asks of the group. "low": no one's own work or results are under the group's eyes, so
 * it is safe from a first meeting; "some": a presenter shares their own work or dilemma, in a structure that
 * protects them; "established": the group looks closely at a colleague's students or results, which some
 * practitioners advise only once trust has developed.
 */
export const trustNeeds = ['low', 'some', 'established'] as const;
export type TrustNeed = (typeof trustNeeds)[number];

export interface ProtocolStep {
  name: string;
  minutes: number;
  /** Who speaks, e.g. "Presenter", "Group (presenter listens)". */
  who: string;
  /** What the facilitator says or asks to start the step. */
  prompt: string;
}

export interface Protocol {
  id: string;
  name: string;
  purpose: string;
  whenToUse: string;
  bestFor: WorkType[];
  roles: string[];
  /** What it is for, most fitting first; empty for a school's own protocol, which the chooser then never guesses at. */
  purposes: ProtocolPurpose[];
  trustNeeded: TrustNeed;
  /** Below this the protocol loses its shape; agendas warn when a meeting leaves less. */
  minMinutes: number;
  recommendedMinutes: number;
  steps: ProtocolStep[];
}
