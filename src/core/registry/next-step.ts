// The one thing an admin should do next, so a registry that was just set up (or half filled in) never leaves them
// guessing. Steps follow the order the registry is built in: Settings, Staff, Groups and Members, fixing what
// Validate found, then the first Preview and Apply. A registry that is running has no next step.
import type { Problem } from '../problems';
import type { RegistryStatus } from './status';

export interface NextStep {
  /** Short, for the card's label and the Set up notification: "Fill in Settings". */
  title: string;
  /** What to do and where, in a sentence or two. */
  detail: string;
}

export function nextStep(
  status: RegistryStatus,
  problems: readonly Problem[],
  { settingsRead, synced }: { settingsRead: boolean; synced: boolean },
): NextStep | undefined {
  const settingsErrors = problems.filter((p) => p.severity === 'error' && p.tab === 'Settings').length;
  if (!settingsRead || settingsErrors > 0)
    return {
      title: 'Fill in Settings',
      detail:
        `On the Settings tab, fill in the Value column: the school's name, the school year's first and last day and ` +
        `the school's email domain${settingsErrors ? ` (${settingsErrors} ${settingsErrors === 1 ? 'value' : 'values'} to fill in or fix)` : ''}. ` +
        'Then press Validate.',
    };
  if (status.activeStaff === 0)
    return {
      title: 'Add your staff',
      detail:
        'Type or paste one row per person on the Staff tab, or press Import staff to copy them from another sheet.',
    };
  if (status.groups === 0)
    return {
      title: 'Add your PLGs',
      detail:
        'Add each group on the Groups tab (facilitator, weekday, time, cadence), and who belongs to it on Members.',
    };
  if (status.errors > 0)
    return {
      title: `Fix ${status.errors} ${status.errors === 1 ? 'problem' : 'problems'}`,
      detail:
        'Press Validate: the Problems tab names each row and what would fix it. What a problem touches is held ' +
        'until it is fixed; everything else can be sent.',
    };
  if (!synced)
    return {
      title: 'Preview, then apply',
      detail:
        'Press Preview changes to see every invitation PLG Hub would send; nothing is sent until you press Apply.',
    };
  return undefined;
}
