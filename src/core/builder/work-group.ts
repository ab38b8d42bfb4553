// A group as the builder works on it: a kept group from the registry or one it forms, its members by email.
import type { GroupConfiguration } from '../registry/roles';

export interface WorkGroup {
  id: string;
  name: string;
  configuration: GroupConfiguration;
  /** An existing group kept within its roster term (its members moving out count as moves). */
  kept: boolean;
  /** The administrators' own PLG: held to no size (the checks treat it so: checks/group-size.ts). */
  leaders: boolean;
  members: string[];
  rosterTermEnd?: string;
  /** The Groups row's facilitator and liaison now, kept where they still fit (stability). */
  currentFacilitator?: string;
  currentLiaison?: string;
  /** The cohort it was cut from, for reasons ("Math", "grade 6"). */
  cohort?: string;
}

export interface Placement {
  group: string;
  reason: string;
  /** The kept group this person leaves, when they leave one (a move). */
  movedFrom?: string;
  /** A placement that needed thought (small cohort, non-instructional, paraprofessional): counted for the figures. */
  outreach?: boolean;
}
