// What a meeting's focus line says the group is trying to do. Facilitators "have knowledge of the tools and
// protocols but lack an understanding of why these structures and tools are necessary or how to match them to the
// situation" (shared/seeds 000, "Facilitation"): the chooser starts by reading the situation from the words the
// presenter or facilitator already wrote in the Focus question column.
import type { ProtocolPurpose } from './protocol';

export const purposeLabels: Record<ProtocolPurpose, string> = {
  'tune-work': 'tune a piece of work',
  'student-work': 'look at student work',
  dilemma: 'think through a dilemma',
  data: 'make sense of data',
  text: 'discuss a text',
  'norms-trust': 'build norms and trust',
};

/**
 * Words that point to each purpose, matched at word starts, case-insensitive ("rubric" matches "rubrics").
 * Phrases come before single words so "student work" counts as student work, not as a piece of work to tune.
 */
const cues: Record<ProtocolPurpose, readonly string[]> = {
  'student-work': [
    'student work',
    'students’ work',
    "students' work",
    'work sample',
    'writing sample',
    'student writing',
    'student thinking',
    'essay',
    'lab report',
    'exit ticket',
    'portfolio',
    'misconception',
    'student responses',
  ],
  data: [
    'data',
    'results',
    'scores',
    'benchmark',
    'attendance',
    'survey',
    'trend',
    'grades',
    'percent',
    'proficien',
    'gap',
    'numbers',
    'metrics',
  ],
  dilemma: [
    'dilemma',
    'struggl',
    'stuck',
    'how can i',
    'how do i',
    'how might i',
    'what should i',
    'challenge',
    'problem',
    'conflict',
    'tension',
    'behavio',
    'disengage',
    'motivat',
    'frustrat',
    'parent',
  ],
  'tune-work': [
    'lesson',
    'unit',
    'rubric',
    'task',
    'draft',
    'assignment',
    'design',
    'project',
    'plan',
    'curriculum',
    'assessment',
    'feedback on',
  ],
  text: ['article', 'reading', 'text', 'chapter', 'book', 'research', 'excerpt', 'paper', 'author'],
  'norms-trust': [
    'norms',
    'trust',
    'how we work',
    'working together',
    'get to know',
    'getting to know',
    'first meeting',
    'new members',
    'relationship',
    'team',
    'collaborat',
    'community',
  ],
};

export interface FocusPurpose {
  purpose: ProtocolPurpose;
  /** The words in the focus that pointed to it, as typed there, e.g. "benchmark". */
  cue: string;
}

/** The purposes a focus line points to, the most strongly cued first (ties in the order of `cues`). */
export function purposesInFocus(focus: string | undefined): FocusPurpose[] {
  if (!focus?.trim()) return [];
  const text = focus.replace(/\s+/g, ' ');
  const lower = text.toLowerCase();
  const claimed: [number, number][] = [];
  const found: (FocusPurpose & { hits: number; order: number })[] = [];
  (Object.keys(cues) as ProtocolPurpose[]).forEach((purpose, order) => {
    let hits = 0;
    let cue: { at: number; text: string } | undefined;
    for (const word of cues[purpose]) {
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}`, 'gu');
      for (const match of lower.matchAll(pattern)) {
        const start = match.index;
        const end = start + word.length;
        // A span already claimed by a phrase (e.g. "student work") does not count again for its parts ("work").
        if (claimed.some(([a, b]) => start < b && end > a)) continue;
        claimed.push([start, end]);
        hits++;
        // The cue shown is the first in the focus, as a reader meets it.
        if (!cue || start < cue.at) cue = { at: start, text: wordAt(text, start, end) };
      }
    }
    if (cue) found.push({ purpose, cue: cue.text, hits, order });
  });
  return found.sort((a, b) => b.hits - a.hits || a.order - b.order).map(({ purpose, cue }) => ({ purpose, cue }));
}

/** The whole word the cue starts, as typed ("benchmarks", not "benchmark"). */
function wordAt(text: string, start: number, end: number): string {
  let stop = end;
  while (stop < text.length && /[\p{L}\p{N}'’-]/u.test(text[stop]!)) stop++;
  return text.slice(start, stop).replace(/['’]$/, '');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
