// A discussion protocol: a timed sequence of steps that keeps a PLG's talk on the work and safe for the person
// sharing it ("Use protocols to structure and deepen discussion, and to ensure safety for risk-taking",
// shared/seeds 001, "Culture").

/** What a group can bring to a protocol ("teacher work, student work, research, and data", shared/seeds 001). */
export const workTypes = ['student work', 'teacher work', 'data', 'text'] as const;
export type WorkType = (typeof workTypes)[number];

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
  /** Below this the protocol loses its shape; agendas warn when a meeting leaves less. */
  minMinutes: number;
  recommendedMinutes: number;
  steps: ProtocolStep[];
}
