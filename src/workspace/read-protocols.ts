// The school's protocols: the built-ins, as edited and extended on the Protocols tab.
import type { Problem } from '../core/problems';
import type { Protocol } from '../core/protocols/protocol';
import { protocolsFromRows, protocolsTab } from '../core/protocols/protocols-tab';
import { readTab } from '../core/registry/read-tab';
import type { OpenRegistry } from './registry-io';

export function readProtocols(open: OpenRegistry): { protocols: Protocol[]; problems: Problem[] } {
  const values = open.tabs.get(protocolsTab.name)?.values;
  if (!values) return { protocols: protocolsFromRows([]), problems: [] };
  const read = readTab(protocolsTab, values, { timeZone: open.cellTimeZone });
  return { protocols: protocolsFromRows(read.rows.map((r) => r.row)), problems: read.problems };
}
