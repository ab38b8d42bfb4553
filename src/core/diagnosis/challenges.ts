// The common challenges the guidance names that a school's own data can show, each with the line it comes from and
// the guidance's strategies for it, quoted word for word (shared/seeds 000 "Common Challenges" / "Strategies to
// Improve PLGs"; 001 "Challenges" / "Systems with Effective PLGs"). The dashboard shows each challenge once, with
// every group it was seen in, so a strategy is never repeated group after group. A test checks every quote against
// the seeds, so a rule cannot drift from what the guidance says.

export type ChallengeId =
  | 'timeRepurposed'
  | 'lowSafety'
  | 'fallingAttendance'
  | 'lengthFrequency'
  | 'facilitatorSupport'
  | 'presenterCoverage'
  | 'leadersPlgs'
  | 'groupSize'
  | 'purposeUnclear'
  | 'littleReflection'
  | 'workFocus'
  | 'leadershipWithAdmins';

export interface Challenge {
  id: ChallengeId;
  /** What the dashboard calls it. */
  title: string;
  /** The guidance's own words for the challenge. */
  quote: string;
  /** Where the quote is: seed file and section. */
  source: string;
  strategies: readonly string[];
}

import { strategiesByTrait } from '../metrics/strategies';

const mindsets = 'shared/seeds 000, Mindsets: Common Challenges';
const structures = 'shared/seeds 000, Structures: Common Challenges';

export const challenges: Record<ChallengeId, Challenge> = {
  timeRepurposed: {
    id: 'timeRepurposed',
    title: 'PLG time used for other business',
    quote: 'Meetings are called PLGs but are actually committee mtgs, dept mtgs, data team mtgs, etc.',
    source: mindsets,
    strategies: [
      'Publicize and commit to a regular schedule for PLG mtgs. Hold this time sacred.',
      'Schedule time for non-PLG work to be addressed and accomplished, separate from the PLG schedule. This ensures that other work can be accomplished without infringing on PLG time;',
    ],
  },
  lowSafety: {
    id: 'lowSafety',
    title: 'Members hesitate to share work or give critical feedback',
    quote:
      'Participants are fearful/hesitant to share their real work and questions with colleagues. Participants are fearful/hesitant to provide critical feedback on work shared.',
    source: mindsets,
    strategies: [
      'Promote supportive environments that foster risk taking and innovation',
      'Be mindful of the role and presence of evaluators',
      'Model sharing your work as an administrator',
      'Use protocols to structure and deepen discussion, and to ensure safety for risk-taking;',
      'Develop, model, and nurture explicit norms, both within PLGs and in the larger school community;',
    ],
  },
  fallingAttendance: {
    id: 'fallingAttendance',
    title: 'Attendance is falling',
    quote: 'Teachers lack investment in the work or question and doubt the structures of PLGs.',
    source: mindsets,
    strategies: [
      'Create a system for monitoring attendance, participation, and engagement in PLGs, with appropriate administrative follow up when expectations are not met or team dynamics become an obstacle.',
      'Let participants help shape the practice through their feedback and leadership.',
      'Get feedback at the end of every PLG mtg and periodically on how PLGs are functioning',
    ],
  },
  lengthFrequency: {
    id: 'lengthFrequency',
    title: 'Meetings too short or too rare',
    quote: "Determining the best schedule and configuration for PLGs requires agreement about the school's priorities.",
    source: 'shared/seeds 001, Structure: Challenges',
    strategies: [
      'Schedule PLGs of sufficient length (at least 50 minutes) and frequency (at least twice monthly) to build momentum and accomplish the stated purpose;',
      'Publicize and commit to a regular schedule for PLG mtgs. Hold this time sacred.',
    ],
  },
  facilitatorSupport: {
    id: 'facilitatorSupport',
    title: 'Facilitators untrained or unsupported',
    quote:
      "A single initial training is not sufficient for the long-term sustainability of a school's PLG system. Facilitators need regular and ongoing support;",
    source: 'shared/seeds 001, Sustainability: Challenges',
    strategies: [
      'Train facilitators and provide them ongoing support;',
      'Provide additional training to facilitators.',
      'Assign an experienced, trained coach to support facilitators.',
      'Pair facilitators if you have enough.',
    ],
  },
  presenterCoverage: {
    id: 'presenterCoverage',
    title: 'Few members have presented work',
    quote: 'Teachers are reluctant to share their work.',
    source: structures,
    strategies: [
      'Create an expectation that all participants are the presenter at least once a year.',
      'Support the expectation that all members of the faculty share work for feedback;',
      'As a school leader, model sharing work using protocols and tools used in PLGs.',
    ],
  },
  leadersPlgs: {
    id: 'leadersPlgs',
    title: "No facilitators' or administrators' PLG",
    quote:
      'When PLGs are seen as a stand-alone initiative, meetings can be perceived as isolated events and they fail to impact the culture of the school.',
    source: 'shared/seeds 001, Culture: Challenges',
    strategies: [
      'Organize facilitators into their own PLG which meets monthly to reflect on their experiences, share expertise, and strategize about challenges and opportunities moving forward;',
      'Ensure school leaders participate in their own PLGs with fellow administrators, allowing them to speak from personal experience about the value and impact of this structure.',
      'Have administrators as participants in PLGs or in a PLG of their own.',
    ],
  },
  groupSize: {
    id: 'groupSize',
    title: 'Groups outside 8–12',
    quote: 'The group is highly collaborative and has created a trusting environment.',
    source: 'shared/seeds 000, Mindsets: Traits',
    strategies: ['Create groups of 8-12 for a set period of time (1-3 years).'],
  },
  purposeUnclear: {
    id: 'purposeUnclear',
    title: 'Purpose unclear',
    quote: 'Members are unclear on the goals and purpose of PLGs.',
    source: mindsets,
    strategies: [
      'Clearly define why you have or are implementing PLGs. Repeat often.',
      'Clarify and publicize the purpose, work and structures of PLGs. Repeat often.',
      'Collaboratively develop and articulate the purpose and work of PLGs, ensuring a clear connection to teacher learning and student growth.',
    ],
  },
  // The health survey's other traits, with the guidance's own challenges and strategies for each (metrics/strategies.ts).
  littleReflection: {
    id: 'littleReflection',
    title: 'Little reflection on practice',
    quote: strategiesByTrait.reflection.challenges[0]!,
    source: mindsets,
    strategies: strategiesByTrait.reflection.strategies,
  },
  workFocus: {
    id: 'workFocus',
    title: 'Meetings not focused on student and teacher work',
    quote: strategiesByTrait.focusOnWork.challenges.join(' '),
    source: structures,
    strategies: strategiesByTrait.focusOnWork.strategies,
  },
  leadershipWithAdmins: {
    id: 'leadershipWithAdmins',
    title: 'Leadership rests with administrators',
    quote: strategiesByTrait.sharedLeadership.challenges[0]!,
    source: structures,
    strategies: strategiesByTrait.sharedLeadership.strategies,
  },
};
