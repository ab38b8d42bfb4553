// A group's default protocol or a meeting's protocol must name one on the Protocols tab; otherwise the agenda
// would fall back to an open discussion ("Use protocols to structure and deepen discussion", shared/seeds 001).
import type { Problem } from '../problems';
import type { Registry } from '../registry/registry';
import { groupsTab, meetingsTab } from '../registry/tabs';
import type { Protocol } from './protocol';

export function protocolReferenceProblems(registry: Registry, protocols: readonly Protocol[]): Problem[] {
  const known = new Set(protocols.map((p) => p.id));
  const fix = `use a Protocol id from the Protocols tab, e.g. ${protocols
    .slice(0, 3)
    .map((p) => p.id)
    .join(', ')}`;
  const problems: Problem[] = [];
  for (const { row, rowNumber } of registry.groups) {
    if (row.defaultProtocol && !known.has(row.defaultProtocol.toLowerCase())) {
      problems.push({
        severity: 'warning',
        tab: groupsTab.name,
        row: rowNumber,
        column: groupsTab.columns.defaultProtocol.header,
        value: row.defaultProtocol,
        message: `is not a protocol — ${fix}`,
      });
    }
  }
  for (const { row, rowNumber } of registry.meetings) {
    if (row.protocol && !known.has(row.protocol.toLowerCase())) {
      problems.push({
        severity: 'warning',
        tab: meetingsTab.name,
        row: rowNumber,
        column: meetingsTab.columns.protocol.header,
        value: row.protocol,
        message: `is not a protocol — ${fix}`,
      });
    }
  }
  return problems;
}
