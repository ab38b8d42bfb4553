// What the last runs did, kept in script properties so every card can say it in plain words.
import { z } from 'zod';

const lastRunKey = 'lastRun';

const LastRun = z.object({ at: z.string(), summary: z.string() });

export function recordRun(summary: string): void {
  PropertiesService.getScriptProperties().setProperty(
    lastRunKey,
    JSON.stringify({ at: new Date().toISOString(), summary }),
  );
}

export function lastRunSummary(): string | undefined {
  const raw = PropertiesService.getScriptProperties().getProperty(lastRunKey);
  if (!raw) return undefined;
  const parsed = LastRun.safeParse(safeJson(raw));
  return parsed.success ? `${parsed.data.summary} (${parsed.data.at.slice(0, 16).replace('T', ' ')} UTC)` : undefined;
}

export function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}
