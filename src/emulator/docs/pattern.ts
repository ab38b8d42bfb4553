// Docs' findText and replaceText take the pattern as a string in Google's RE2 syntax, not a JavaScript
// RegExp (https://developers.google.com/apps-script/reference/document/body#replaceText(String,String)).
// RE2 has no lookaround and no backreferences, and writes inline flags as (?i): those are refused or
// translated here so a pattern that would fail in Apps Script fails in the emulator too.
import { appsScriptError } from '../errors';

export const invalidPattern = (pattern: string) => `Invalid regular expression pattern ${pattern}`;

export function re2Pattern(pattern: string): RegExp {
  let source = String(pattern);
  let flags = 'g';
  const inline = /^\(\?([ims]+)\)/.exec(source);
  if (inline) {
    flags += [...new Set(inline[1]!)].join('');
    source = source.slice(inline[0].length);
  }
  if (/\(\?<?[=!]/.test(source) || /\\[1-9]/.test(source)) throw appsScriptError(invalidPattern(pattern));
  source = source.replace(/\(\?P</g, '(?<');
  try {
    return new RegExp(source, flags);
  } catch {
    throw appsScriptError(invalidPattern(pattern));
  }
}

export interface PatternMatch {
  start: number;
  endExclusive: number;
}

/** Non-empty matches of the pattern in `text`, left to right, not overlapping. */
export function matchesIn(pattern: RegExp, text: string): PatternMatch[] {
  const out: PatternMatch[] = [];
  pattern.lastIndex = 0;
  for (const match of text.matchAll(pattern)) {
    if (match[0].length === 0) continue;
    out.push({ start: match.index, endExclusive: match.index + match[0].length });
  }
  return out;
}
