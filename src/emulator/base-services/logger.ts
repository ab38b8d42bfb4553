// Logger: lines the add-on logs, kept in the workspace so a test or the demo can read them. Like Apps
// Script, log(format, values…) replaces each %s with the next value.
// https://developers.google.com/apps-script/reference/base/logger
import type { Workspace } from '../workspace';

function logLines(ws: Workspace): string[] {
  return ws.slice<{ lines: string[] }>('logger', () => ({ lines: [] })).lines;
}

/** Every line logged so far. */
export function loggedLines(ws: Workspace): string[] {
  return logLines(ws);
}

class EmulatedLogger implements Pick<GoogleAppsScript.Base.Logger, 'log' | 'getLog' | 'clear'> {
  constructor(private readonly ws: Workspace) {}

  log(data: unknown, ...values: unknown[]): GoogleAppsScript.Base.Logger {
    this.ws.meter.call('Logger.log');
    let line = typeof data === 'string' ? data : formatValue(data);
    for (const value of values) line = line.replace('%s', formatValue(value));
    logLines(this.ws).push(line);
    return this as unknown as GoogleAppsScript.Base.Logger;
  }

  getLog(): string {
    return logLines(this.ws).join('\n');
  }

  clear(): void {
    logLines(this.ws).length = 0;
  }
}

function formatValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) return JSON.stringify(value);
  return String(value);
}

export function createLogger(ws: Workspace): GoogleAppsScript.Base.Logger {
  return new EmulatedLogger(ws) as unknown as GoogleAppsScript.Base.Logger;
}
