// Each group's "Collaboration and trust" average from the latest health survey, kept in the registry's own state
// tab when the dashboard is refreshed, so the protocol chooser can put low-trust protocols first without reading
// every form again. Only averages the dashboard released are kept (core/metrics/anonymity.ts): the registry's
// editors already see them on the Dashboard tab, and nothing here reaches the directory members read.
import { z } from 'zod';
import type { HealthSummary } from '../core/metrics/health-summary';
import type { OpenRegistry } from './registry-io';
import { RegistryState } from './registry-state';

const key = 'protocols.trustByGroup';
const Stored = z.record(z.string(), z.number().min(1).max(5));

export function saveTrustScores(open: OpenRegistry, health: HealthSummary | undefined): void {
  if (!health) return; // no round yet: nothing to say, and no state tab to make for it
  const scores: Record<string, number> = {};
  for (const group of health.groups) {
    if ('hidden' in group) continue;
    const mean = group.traits.find((t) => t.trait === 'collaborationTrust')?.mean;
    if (mean !== undefined) scores[group.group] = Math.round(mean * 100) / 100;
  }
  const state = RegistryState.of(open);
  state.set(key, JSON.stringify(scores)); // unchanged scores write nothing
  state.flush();
}

/** Group name → average; empty before any survey round is released, or if the stored value does not read. */
export function readTrustScores(open: OpenRegistry): Map<string, number> {
  const raw = RegistryState.of(open).get(key);
  if (!raw) return new Map();
  try {
    const parsed = Stored.safeParse(JSON.parse(raw));
    return parsed.success ? new Map(Object.entries(parsed.data)) : new Map();
  } catch {
    return new Map();
  }
}
