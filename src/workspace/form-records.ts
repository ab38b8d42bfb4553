// The records of a registry's feedback forms live in the registry itself (its hidden state tab), not in script
// properties: those hold 500 KB for every school of the deployment together, and a district of 2,000 groups keeps
// ~750 KB of form records. A deployment that kept them in script properties moves this registry's records into
// its state on first use — written to the state first, then removed from the properties, so a run stopped
// half-way copies them again and loses none (no form is ever made twice).
import { formPrefix } from './feedback-forms';
import type { OpenRegistry } from './registry-io';
import { isRegistryKey } from './registry-keys';
import { RegistryState } from './registry-state';
import type { FormRecords } from './tracked-form';

const movedKey = 'forms.moved';

/**
 * The registry's form records. `readOnly` (a preview, which writes nothing) sees records not yet moved where they
 * are, without moving them.
 */
export function feedbackFormRecords(open: OpenRegistry, readOnly = false): FormRecords {
  const state = RegistryState.of(open);
  const legacy = state.get(movedKey) ? [] : legacyRecords(open.id);
  if (legacy.length > 0 || (!readOnly && !state.get(movedKey))) {
    if (readOnly)
      return {
        all: { ...Object.fromEntries(legacy), ...Object.fromEntries(state.entries(formPrefix)) },
        store: refuse,
        storeAll: refuse,
        stageAll: refuse,
      };
    moveFromScriptProperties(legacy, state);
  }
  const all = Object.fromEntries(state.entries(formPrefix));
  const set = (entries: Record<string, string>) => {
    Object.assign(all, entries);
    for (const [key, value] of Object.entries(entries)) state.set(key, value);
  };
  return {
    all,
    store(key, value) {
      set({ [key]: value });
      state.flush();
    },
    storeAll(entries) {
      set(entries);
      state.flush();
    },
    // Into the state tab's waiting writes (stage, not a flush: flush sends only keys not staged yet).
    stageAll(entries) {
      set(entries);
      state.stage();
    },
  };
}

/** This registry's records still in script properties (unscoped names: plg.feedbackForm.<group>.<year>). */
function legacyRecords(registryId: string): [string, string][] {
  const all = PropertiesService.getScriptProperties().getProperties();
  return Object.entries(all).filter(([key]) => isRegistryKey(key, formPrefix, registryId, 2));
}

function moveFromScriptProperties(legacy: readonly [string, string][], state: RegistryState): void {
  for (const [key, value] of legacy) if (!state.get(key)) state.set(key, value);
  state.set(movedKey, '1');
  state.flush();
  const properties = PropertiesService.getScriptProperties();
  for (const [key] of legacy) properties.deleteProperty(key);
}

function refuse(): never {
  throw new Error('A preview stores no form records');
}
