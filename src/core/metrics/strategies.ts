// For each trait: the challenges the guidance lists that show it is weak, and the strategies it offers to
// improve it, quoted word for word (shared/seeds 000 "Common Challenges" / "Strategies to Improve PLGs",
// and 001 "Systems with Effective PLGs"), so a school reading a weak area sees the guidance itself.
import type { TraitId } from '../feedback/traits';

export interface TraitGuidance {
  challenges: readonly string[];
  strategies: readonly string[];
}

export const strategiesByTrait: Record<TraitId, TraitGuidance> = {
  sharedPurpose: {
    challenges: [
      'Rather than purpose driven by agreed-upon goals, PLGs are seen as a required task.',
      'Members are unclear on the goals and purpose of PLGs.',
      'Teachers lack investment in the work or question and doubt the structures of PLGs.',
    ],
    strategies: [
      'Clearly define why you have or are implementing PLGs. Repeat often.',
      'Share rationale, research, and readings with all participants.',
      'Clarify and publicize the purpose, work and structures of PLGs. Repeat often.',
      'Collaboratively develop and articulate the purpose and work of PLGs, ensuring a clear connection to teacher learning and student growth.',
    ],
  },
  reflection: {
    challenges: ['Teachers lack investment in the work or question and doubt the structures of PLGs.'],
    strategies: [
      'Get feedback at the end of every PLG mtg and periodically on how PLGs are functioning',
      'Organize and support peer observations',
      'Expect and accept mistakes; foster and promote a growth mindset among adults',
      "Foster belief systems that include commitments to career-long growth and improvement of adults' practice, growth mindsets about children, and the value of deep collegiality;",
    ],
  },
  collaborationTrust: {
    challenges: [
      'Participants are fearful/hesitant to share their real work and questions with colleagues.',
      'Participants are fearful/hesitant to provide critical feedback on work shared.',
    ],
    strategies: [
      'Promote supportive environments that foster risk taking and innovation',
      'Be mindful of the role and presence of evaluators',
      'Model sharing your work as an administrator',
      'Examine the culture of observation and feedback that already exists',
      'Use protocols to structure and deepen discussion, and to ensure safety for risk-taking;',
      'Develop, model, and nurture explicit norms, both within PLGs and in the larger school community;',
      'Create groups of 8-12 for a set period of time (1-3 years).',
    ],
  },
  focusOnWork: {
    challenges: [
      'Teachers are reluctant to share their work.',
      'Teachers may be unclear about what work to share or bring to a PLG.',
    ],
    strategies: [
      'Focus meetings on student and teacher work.',
      'Use PLG meetings and protocols to examine student and teacher work.',
      'Create an expectation that all participants are the presenter at least once a year.',
      'Let teachers ask for specific feedback',
      'As a school leader, model sharing work using protocols and tools used in PLGs.',
      'Support the expectation that all members of the faculty share work for feedback;',
    ],
  },
  sharedLeadership: {
    challenges: [
      'Leadership rests with administrators.',
      'Agendas can be imposed/influenced heavily by district or school needs.',
    ],
    strategies: [
      'Generate consensus about school-wide goals for the year and allow each PLG to decide how to shape agendas to achieve those goals.',
      'Let participants help shape the practice through their feedback and leadership.',
      'Have administrators as participants in PLGs or in a PLG of their own.',
      'Ensure school leaders participate in their own PLGs with fellow administrators, allowing them to speak from personal experience about the value and impact of this structure.',
    ],
  },
  skilledFacilitation: {
    challenges: [
      'Facilitators are not clear on the purpose or structures of PLGs.',
      'Facilitators have knowledge of the tools and protocols but lack an understanding of why these structures and tools are necessary or how to match them to the situation.',
      "Protocols get stalled out or undermined by participants and facilitators aren't equipped to address these issues.",
    ],
    strategies: [
      'Ensure facilitators are well trained and supported, including having time to debrief and plan with each other.',
      'Provide additional training to facilitators.',
      'Assign an experienced, trained coach to support facilitators.',
      'Pair facilitators if you have enough.',
      'Assign an administrator as a liaison to the group of facilitators.',
      'Organize facilitators into their own PLG which meets monthly to reflect on their experiences, share expertise, and strategize about challenges and opportunities moving forward;',
    ],
  },
  protectedTime: {
    challenges: ['Meetings are called PLGs but are actually committee mtgs, dept mtgs, data team mtgs, etc.'],
    strategies: [
      'Publicize and commit to a regular schedule for PLG mtgs. Hold this time sacred.',
      'Schedule time for non-PLG work to be addressed and accomplished, separate from the PLG schedule. This ensures that other work can be accomplished without infringing on PLG time;',
      'Schedule PLGs of sufficient length (at least 50 minutes) and frequency (at least twice monthly) to build momentum and accomplish the stated purpose;',
    ],
  },
};
