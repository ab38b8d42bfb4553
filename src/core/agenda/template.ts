// A school's own agenda template: a Doc with {{placeholders}}. Names are matched loosely ({{ Note taker }} is
// {{note_taker}}), and a placeholder PLG Hub does not know is reported rather than left silently in agendas.

export const knownPlaceholders = [
  'group',
  'date',
  'time',
  'location',
  'purpose',
  'goal',
  'norms',
  'facilitator',
  'presenter',
  'timekeeper',
  'note_taker',
  'protocol',
  'steps',
  'focus',
  'feedback_link',
  'attendance',
] as const;
export type KnownPlaceholder = (typeof knownPlaceholders)[number];

const placeholderPattern = /\{\{\s*([^{}]*?)\s*\}\}/g;

function normalise(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/** The distinct placeholders in a template's text, normalised, in order of first appearance. */
export function findPlaceholders(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(placeholderPattern)) {
    const name = normalise(match[1]!);
    if (!found.includes(name)) found.push(name);
  }
  return found;
}

export function unknownPlaceholders(found: readonly string[]): string[] {
  return found.map(normalise).filter((name) => !(knownPlaceholders as readonly string[]).includes(name));
}

export interface FilledTemplate {
  text: string;
  /** Placeholders left as typed because PLG Hub has no value for them. */
  unknown: string[];
}

export function fillTemplate(text: string, values: Partial<Record<KnownPlaceholder, string>>): FilledTemplate {
  const filled = text.replace(placeholderPattern, (whole, name: string) => {
    const key = normalise(name);
    return (knownPlaceholders as readonly string[]).includes(key) ? (values[key as KnownPlaceholder] ?? '') : whole;
  });
  return { text: filled, unknown: unknownPlaceholders(findPlaceholders(text)) };
}
