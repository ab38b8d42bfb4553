// The traits of an effective PLG, as the guidance states them (shared/seeds 000 "Traits" columns, and
// 001 "Structure" for protected time). The health survey tags each item with one of these; the metrics
// average by them and map weak ones to the guidance's strategies.
export const traitIds = [
  'sharedPurpose',
  'reflection',
  'collaborationTrust',
  'focusOnWork',
  'sharedLeadership',
  'skilledFacilitation',
  'protectedTime',
] as const;
export type TraitId = (typeof traitIds)[number];

export interface Trait {
  id: TraitId;
  label: string;
  guidance: string;
}

export const traits: Record<TraitId, Trait> = {
  sharedPurpose: {
    id: 'sharedPurpose',
    label: 'Shared purpose',
    guidance: 'The group has a shared sense of purpose and commitment to improve student learning.',
  },
  reflection: {
    id: 'reflection',
    label: 'Reflection and continuous learning',
    guidance: 'There is a culture of reflection and continuous professional learning among participants.',
  },
  collaborationTrust: {
    id: 'collaborationTrust',
    label: 'Collaboration and trust',
    guidance: 'The group is highly collaborative and has created a trusting environment.',
  },
  focusOnWork: {
    id: 'focusOnWork',
    label: 'Focus on student and teacher work',
    guidance: 'The focus is on student/teacher work and improving outcomes for all students.',
  },
  sharedLeadership: {
    id: 'sharedLeadership',
    label: 'Shared leadership',
    guidance: 'There is shared leadership of PLGs between administrators and teachers.',
  },
  skilledFacilitation: {
    id: 'skilledFacilitation',
    label: 'Skilled facilitation',
    guidance: 'PLGs are led by formally trained, skilled facilitators.',
  },
  protectedTime: {
    id: 'protectedTime',
    label: 'Regular, protected time',
    guidance: 'Ensure that regular PLG time is provided and held sacred.',
  },
};
