// The protocols PLG Hub ships with, written in PLG Hub's own words after widely used PLG practice. A school
// edits or extends them in its Protocols tab. Each is timed for its recommended length; agendas rescale the
// steps to the meeting, and add the norms check-in and closing feedback every meeting has.
import type { Protocol, ProtocolStep } from './protocol';

const step = (name: string, minutes: number, who: string, prompt: string): ProtocolStep => ({
  name,
  minutes,
  who,
  prompt,
});
const total = (steps: ProtocolStep[]) => steps.reduce((sum, s) => sum + s.minutes, 0);

function protocol(fields: Omit<Protocol, 'recommendedMinutes'>): Protocol {
  return { ...fields, recommendedMinutes: total(fields.steps) };
}

const presenterRoles = ['facilitator', 'presenter', 'timekeeper', 'note-taker'];
const groupRoles = ['facilitator', 'timekeeper', 'note-taker'];

export const builtInProtocols: readonly Protocol[] = [
  protocol({
    id: 'tuning',
    name: 'Tuning',
    purpose: 'Sharpen a draft — a lesson, unit, task, rubric or assessment — against what it is meant to achieve.',
    whenToUse:
      'The presenter has a piece of work still in progress and a specific question about whether it does its job.',
    bestFor: ['teacher work', 'student work'],
    roles: presenterRoles,
    minMinutes: 35,
    steps: [
      step(
        'The presenter sets the scene',
        8,
        'Presenter',
        'What is this work, what should it accomplish, and what question do you want us to help with?',
      ),
      step(
        'Clarifying questions',
        5,
        'Group',
        'Ask only quick, factual questions the presenter can answer in a sentence or two.',
      ),
      step(
        'Examine the work',
        10,
        'Everyone, silently',
        'Look closely at the work. Note where it serves its goals and where it may fall short.',
      ),
      step(
        'Warm and cool feedback',
        15,
        'Group (presenter listens)',
        'Name what is working, then raise questions and gaps, always tied to the presenter’s question.',
      ),
      step(
        'The presenter reflects',
        8,
        'Presenter (group listens)',
        'Which ideas do you want to take further? You need not respond to everything.',
      ),
    ],
  }),
  protocol({
    id: 'consultancy',
    name: 'Consultancy',
    purpose: 'Help a colleague think more clearly about a dilemma in their practice.',
    whenToUse:
      'The presenter faces a problem with no obvious answer and wants fresh perspectives rather than quick fixes.',
    bestFor: ['teacher work', 'student work'],
    roles: presenterRoles,
    minMinutes: 35,
    steps: [
      step(
        'The presenter frames the dilemma',
        8,
        'Presenter',
        'Describe the situation, what you have tried, and the question at its heart.',
      ),
      step('Clarifying questions', 5, 'Group', 'Ask short factual questions to understand the situation.'),
      step(
        'Probing questions',
        10,
        'Group',
        'Ask open questions that help the presenter see the dilemma differently. Hold back advice.',
      ),
      step(
        'The group discusses',
        15,
        'Group (presenter listens and takes notes)',
        'Talk about the dilemma among yourselves: what did we hear, what is assumed, what might be worth trying?',
      ),
      step('The presenter responds', 7, 'Presenter', 'What struck you? What will you do next?'),
    ],
  }),
  protocol({
    id: 'collaborative-assessment',
    name: 'Collaborative assessment of student work',
    purpose: 'See what a piece of student work shows about the student’s thinking before anyone judges it.',
    whenToUse:
      'The group wants to understand how students are learning, not to grade — especially with puzzling or surprising work.',
    bestFor: ['student work'],
    roles: presenterRoles,
    minMinutes: 35,
    steps: [
      step('Read the work', 8, 'Everyone, silently', 'Read the work without talking. Jot down what you notice.'),
      step(
        'Describe it',
        10,
        'Group (presenter listens)',
        'Say only what you can see in the work. Save interpretations for later.',
      ),
      step(
        'Raise questions',
        8,
        'Group (presenter listens)',
        'What does this work make you wonder about the student or the task?',
      ),
      step(
        'Speculate about the thinking',
        10,
        'Group (presenter listens)',
        'What might the student have been trying to do? What do they seem to understand?',
      ),
      step(
        'The presenter speaks',
        7,
        'Presenter',
        'Share the context of the task and what you heard that surprised you.',
      ),
      step('Implications for teaching', 7, 'Everyone', 'What does this suggest for our own classrooms?'),
    ],
  }),
  protocol({
    id: 'data-driven-dialogue',
    name: 'Data-driven dialogue',
    purpose: 'Build a shared understanding of a data set, grounded in evidence, before deciding what to do about it.',
    whenToUse:
      'New assessment, attendance or survey results arrive and the group needs to make sense of them together.',
    bestFor: ['data', 'student work'],
    roles: groupRoles,
    minMinutes: 30,
    steps: [
      step('Predict', 7, 'Everyone', 'Before looking, write what you expect the data to show and why.'),
      step('Observe', 12, 'Group', 'State only facts in the data: “I notice that…”. No explanations yet.'),
      step('Interpret', 12, 'Group', 'Offer possible explanations. What else would we need to know to be sure?'),
      step(
        'Decide next steps',
        10,
        'Group',
        'Choose one or two actions, and the evidence that will tell us whether they worked.',
      ),
    ],
  }),
  protocol({
    id: 'success-analysis',
    name: 'Success analysis',
    purpose: 'Learn from practice that worked so the group can repeat it on purpose.',
    whenToUse: 'Early in a group’s life to build trust, or after a win worth understanding.',
    bestFor: ['teacher work', 'student work'],
    roles: groupRoles,
    minMinutes: 30,
    steps: [
      step(
        'Recall a success',
        7,
        'Everyone, in writing',
        'Write about a moment in your practice that went well. What happened?',
      ),
      step(
        'Tell the stories',
        12,
        'Everyone, in pairs or trios',
        'Take turns telling your story; listeners ask what made the difference.',
      ),
      step('Name the conditions', 10, 'Group', 'Across our stories, what made success possible?'),
      step('Carry it forward', 8, 'Group', 'Which of those conditions can we create more often, and how?'),
    ],
  }),
  protocol({
    id: 'final-word',
    name: 'Text-based discussion: last word',
    purpose: 'Deepen understanding of a reading by hearing every voice, with each speaker closing their own round.',
    whenToUse: 'The group is reading research or an article together and wants a balanced discussion.',
    bestFor: ['text'],
    roles: groupRoles,
    minMinutes: 30,
    steps: [
      step(
        'Read and mark the text',
        10,
        'Everyone, silently',
        'Mark one or two passages that strike you, and note why.',
      ),
      step(
        'Rounds',
        24,
        'Everyone, in turn',
        'One person reads a passage and says why it matters; each other person responds briefly; the first speaker has the last word.',
      ),
      step('Connect to our work', 8, 'Group', 'What does this reading mean for our students and our practice?'),
    ],
  }),
  protocol({
    id: 'setting-norms',
    name: 'Setting norms with work styles',
    purpose: 'Agree how the group will work together, starting from how each member prefers to work.',
    whenToUse: 'At a group’s first meeting, when membership changes, or when the current norms are not holding.',
    bestFor: [],
    roles: groupRoles,
    minMinutes: 35,
    steps: [
      step(
        'Choose a work style',
        8,
        'Everyone',
        'Which fits you best: act first, gather facts first, attend to people first, or see the big picture first? Join the others who chose the same.',
      ),
      step(
        'Styles report',
        10,
        'Each style group',
        'Share the strengths of your style and what colleagues should know when working with you.',
      ),
      step('Draft norms', 12, 'Everyone', 'Write the conditions that help you do your best work with colleagues.'),
      step('Agree on norms', 12, 'Group', 'Combine and word the norms. Check that everyone can live with each one.'),
      step(
        'Keep them alive',
        5,
        'Facilitator',
        'Agree how we will check the norms at each meeting and what we will do when one slips.',
      ),
    ],
  }),
  protocol({
    id: 'peer-observation-debrief',
    name: 'Peer observation debrief',
    purpose: 'Give a colleague useful evidence from a classroom visit they asked for.',
    whenToUse: 'After peer observations, when the observed teacher chose the focus in advance.',
    bestFor: ['teacher work'],
    roles: ['facilitator', 'presenter (observed teacher)', 'timekeeper', 'note-taker'],
    minMinutes: 30,
    steps: [
      step('Restate the focus', 5, 'Presenter (observed teacher)', 'Remind us what you asked us to watch for and why.'),
      step(
        'Share evidence',
        12,
        'Observers',
        'Share what you saw and heard that bears on the focus: quotes, counts, moments. No judgements.',
      ),
      step(
        'The teacher reflects',
        8,
        'Presenter (observed teacher)',
        'What stands out in the evidence? What surprises you?',
      ),
      step(
        'Questions and possibilities',
        12,
        'Group',
        'Ask questions and offer possibilities the teacher might explore.',
      ),
      step(
        'Name a next step',
        5,
        'Presenter (observed teacher)',
        'What will you try, and would you like us back to see it?',
      ),
    ],
  }),
  protocol({
    id: 'charrette',
    name: 'Charrette',
    purpose: 'Give quick, hands-on help with work in progress when the presenter is stuck.',
    whenToUse:
      'The presenter has reached a sticking point in a piece of work and wants the group to work on it with them.',
    bestFor: ['teacher work', 'student work'],
    roles: presenterRoles,
    minMinutes: 20,
    steps: [
      step('Where I am stuck', 5, 'Presenter', 'Show the work and say exactly where you need help.'),
      step(
        'The group works on it',
        20,
        'Group (presenter listens, joins when invited)',
        'Work on the problem together. The work belongs to the presenter; improve it, do not judge it.',
      ),
      step('Take the work back', 5, 'Presenter', 'Say when you have enough; thank the group.'),
      step('What I will try', 5, 'Presenter', 'Summarise the ideas you will take forward.'),
    ],
  }),
  protocol({
    id: 'lesson-study',
    name: 'Lesson study planning',
    purpose: 'Plan a research lesson together to study how students learn a hard idea.',
    whenToUse: 'The group shares a learning goal students struggle with and can observe one another teach.',
    bestFor: ['teacher work', 'student work', 'data'],
    roles: groupRoles,
    minMinutes: 40,
    steps: [
      step('Name the learning goal', 8, 'Group', 'What should students understand by the end, and why is it hard?'),
      step(
        'Anticipate student thinking',
        12,
        'Group',
        'How might students approach the task? Which misconceptions might appear?',
      ),
      step(
        'Design the lesson',
        18,
        'Group',
        'Sequence the lesson, with the questions that will make student thinking visible.',
      ),
      step(
        'Plan the observation',
        8,
        'Group',
        'Who watches which students, and what evidence will each observer collect?',
      ),
    ],
  }),
  protocol({
    id: 'calibration',
    name: 'Calibrating a common assessment',
    purpose: 'Agree on what quality looks like so every student is held to the same expectations.',
    whenToUse:
      'Before or after grading a common assessment, when scores from different teachers should mean the same thing.',
    bestFor: ['student work'],
    roles: groupRoles,
    minMinutes: 35,
    steps: [
      step('Review the criteria', 5, 'Facilitator', 'Read the rubric or criteria aloud; clarify any term.'),
      step(
        'Score independently',
        10,
        'Everyone, silently',
        'Score the samples on your own, noting the evidence for each score.',
      ),
      step('Compare scores', 10, 'Group', 'Post the scores side by side. Where do we agree, where do we differ?'),
      step(
        'Discuss differences',
        15,
        'Group',
        'For each difference, point to the evidence in the work until we reach a shared reading.',
      ),
      step('Choose anchors', 5, 'Group', 'Pick the samples that best show each level, to guide future scoring.'),
    ],
  }),
];
