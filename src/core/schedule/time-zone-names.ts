// Settings ▸ Time zone: the names a school may pick, and what to say when the cell holds something else.
// Only the exact names in calendarTimeZones are accepted, spelled as Google Calendar spells them, so the registry
// holds what Calendar uses. Everything else is refused with a message written for a school admin, and, when one
// zone is the likely intent, a suggestion. Messages read as a predicate after the cell's value:
//   Settings, row 4, column "Value": "EST" is an abbreviation, not a time zone — use America/New_York (…)
// The trap this guards: Intl accepts many names that are not zones a school should run on. "EST", "MST" and
// "Etc/GMT+5" are fixed offsets that never change for daylight saving; "IST" and "PST" are Java-era aliases
// ("IST" is Asia/Kolkata to Intl, but Irish and Israel Standard Time to people); "US/Eastern" and "Asia/Calcutta"
// are links Calendar's picker does not show.
import { calendarTimeZones } from './calendar-time-zones';
import { isValidTimeZone, zoneOffsetMs } from './zoned-time';

export { calendarTimeZones };

export type TimeZoneCheck = { ok: true; zone: string } | { ok: false; message: string; suggestion?: string };

const listed = new Set(calendarTimeZones);
const pick = '(pick it from the dropdown)';
const example = 'America/New_York';

/**
 * Whether a Settings ▸ Time zone cell names a zone Calendar offers. Surrounding spaces are ignored (a cell cannot
 * show them); anything else that differs from the list — case, spaces for underscores, an old name, an
 * abbreviation, an offset — is refused, with the list's name as `suggestion` when one zone is the likely intent.
 */
export function checkTimeZone(input: string): TimeZoneCheck {
  const text = input.trim();
  if (listed.has(text)) return { ok: true, zone: text };
  if (text === '') return notATimeZone();
  return (
    menuLabel(text) ??
    utcOffset(text) ??
    abbreviation(text) ??
    respelled(text) ??
    otherName(text) ??
    placeName(text) ??
    unknownAbbreviation(text) ??
    typo(text) ??
    notATimeZone()
  );
}

/** `table[key]` if the table has it as its own entry ('constructor' is no time zone). */
function entry<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

function refused(message: string, suggestion?: string): TimeZoneCheck {
  return suggestion === undefined ? { ok: false, message } : { ok: false, message, suggestion };
}

function notATimeZone(): TimeZoneCheck {
  return refused(`is not a time zone — pick one from the dropdown, e.g. ${example}`);
}

// ── Spelling keys ─────────────────────────────────────────────────────────────────────────────────────────────

/** Lower case, accents dropped: 'São Paulo' → 'sao paulo'. */
function plain(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** A zone name with case, spaces, underscores and hyphens ignored: 'america/new york' ~ 'America/New_York'. */
function nameKey(text: string): string {
  return plain(text)
    .replace(/\s*\/\s*/g, '/')
    .replace(/[.'’]/g, '')
    .replace(/[\s_-]+/g, '_');
}

// Words people add to a zone's description that say nothing about which zone it is.
const fillerWords = new Set(['standard', 'daylight', 'saving', 'savings', 'summer', 'time', 'zone']);

/** Bare words: 'Eastern Standard Time (US & Canada)' → 'eastern'; 'St. John's' → 'st johns'. */
function wordsKey(text: string): string {
  return plain(text)
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[.'’]/g, '')
    .replace(/[^a-z]+/g, ' ')
    .split(' ')
    .filter((word) => word !== '' && !fillerWords.has(word))
    .join(' ');
}

function lastSegment(text: string): string {
  return text.slice(text.lastIndexOf('/') + 1);
}

let byNameKey: Map<string, string> | undefined;
/** List names by nameKey. */
function nameKeys(): Map<string, string> {
  if (!byNameKey) {
    byNameKey = new Map();
    for (const zone of calendarTimeZones) if (!byNameKey.has(nameKey(zone))) byNameKey.set(nameKey(zone), zone);
  }
  return byNameKey;
}

// ── Labels copied from a time-zone menu ───────────────────────────────────────────────────────────────────────

// Calendar's picker shows '(GMT-05:00) Eastern Time - New York'; Windows, '(UTC-05:00) Eastern Time (US & Canada)'.
const menuLabelPattern = /^\(\s*(?:GMT|UTC)\s*([+\-−–]\s*\d{1,2}(?::?\d{2})?)?\s*\)\s*(.+)$/i;

function menuLabel(text: string): TimeZoneCheck | undefined {
  const match = menuLabelPattern.exec(text);
  if (!match) return undefined;
  const [, offset, description] = match as unknown as [string, string | undefined, string];
  const parts = description.split(/\s+[-–—]\s+|,/).reverse();
  for (const part of [...parts, description]) {
    const zone = zoneForPlace(part);
    if (typeof zone === 'string') {
      return refused(`is a label from a time-zone menu, not a time zone — use ${zone} ${pick}`, zone);
    }
  }
  return utcOffset(`UTC${offset ?? '+0'}`);
}

// ── UTC offsets ───────────────────────────────────────────────────────────────────────────────────────────────

// 'GMT+5', 'UTC-05:00', 'UTC −5', '+05:30', '-0800', 'UTC+5.5', 'Z', and the tz names 'Etc/GMT+5'. Outside 'Etc/',
// 'GMT+5' is read as people mean it (five hours ahead of UTC), as Intl and Java read it; only POSIX TZ reverses it.
const offsetPattern = /^(?:(etc\s*\/\s*)?(gmt|utc|ut)\s*)?(?:([+\-−–])\s*(\d{1,2})(?:[:h]?(\d{2})|[.,](\d+))?)$/i;

function utcOffset(text: string): TimeZoneCheck | undefined {
  if (/^z$/i.test(text)) return zeroOffset();
  const match = offsetPattern.exec(text);
  if (!match) return undefined;
  const [, etc, , sign, hoursText, minutesText, fraction] = match as unknown as (string | undefined)[];
  const hours = Number(hoursText);
  const minutes = fraction === undefined ? Number(minutesText ?? '0') : Math.round(Number(`0.${fraction}`) * 60);
  if (hours > 23 || minutes > 59) return undefined;
  const behind = sign !== '+';
  const west = etc ? !behind : behind; // Etc/GMT+5 is five hours behind UTC
  const total = (west ? -1 : 1) * (hours * 60 + minutes);
  if (total === 0) return zeroOffset();
  const pad = (n: number) => String(n).padStart(2, '0');
  const offset = `UTC${total < 0 ? '-' : '+'}${pad(hours)}:${pad(minutes)}`;
  const what = etc
    ? `is the tz name for a fixed ${offset} offset (Etc/GMT names reverse the sign), not a time zone`
    : `is a UTC offset (${offset}), not a time zone`;
  const zones = zonesWithStandardOffset(total);
  const summer = majorZonesInSummerAt(total);
  const onSummerTime =
    summer.length === 0 ? '' : `; in summer, ${summer.join(' and ')} ${summer.length === 1 ? 'uses' : 'use'} it too`;
  const advice = `${what} — an offset does not follow daylight saving time`;
  if (zones.length === 0) {
    return refused(`${advice}, and no zone in the dropdown is on ${offset}; pick the school’s city zone`);
  }
  if (zones.length === 1) {
    return refused(`${advice}; use ${zones[0]} ${pick}, the only zone on ${offset}${onSummerTime}`, zones[0]);
  }
  return refused(
    `${advice}; pick the school’s city zone from the dropdown, e.g. ${orList(zones.slice(0, 3))}${onSummerTime}`,
  );
}

function zeroOffset(): TimeZoneCheck {
  return refused(
    'is a UTC offset, not a time zone — if the school keeps UTC all year, use UTC (pick it from the dropdown); ' +
      'UK schools use Europe/London, which follows British Summer Time',
    'UTC',
  );
}

function orList(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

// The zones a school is most likely in, for each offset, best first; they head any list of candidates.
const majorZones: readonly string[] = [
  'Pacific/Pago_Pago',
  'Pacific/Honolulu',
  'America/Anchorage',
  'America/Los_Angeles',
  'America/Vancouver',
  'America/Tijuana',
  'America/Denver',
  'America/Phoenix',
  'America/Edmonton',
  'America/Chicago',
  'America/Mexico_City',
  'America/Winnipeg',
  'America/Guatemala',
  'America/Costa_Rica',
  'America/New_York',
  'America/Toronto',
  'America/Bogota',
  'America/Lima',
  'America/Panama',
  'America/Jamaica',
  'America/Halifax',
  'America/Santo_Domingo',
  'America/Puerto_Rico',
  'America/Caracas',
  'America/La_Paz',
  'America/Santiago',
  'America/St_Johns',
  'America/Sao_Paulo',
  'America/Argentina/Buenos_Aires',
  'America/Montevideo',
  'America/Noronha',
  'Atlantic/Azores',
  'Atlantic/Cape_Verde',
  'UTC',
  'Europe/London',
  'Europe/Dublin',
  'Europe/Lisbon',
  'Africa/Accra',
  'Europe/Paris',
  'Europe/Berlin',
  'Europe/Madrid',
  'Europe/Rome',
  'Europe/Amsterdam',
  'Africa/Lagos',
  'Africa/Casablanca',
  'Africa/Johannesburg',
  'Africa/Cairo',
  'Europe/Athens',
  'Europe/Helsinki',
  'Europe/Kyiv',
  'Asia/Jerusalem',
  'Europe/Moscow',
  'Europe/Istanbul',
  'Asia/Riyadh',
  'Africa/Nairobi',
  'Asia/Tehran',
  'Asia/Dubai',
  'Asia/Kabul',
  'Asia/Karachi',
  'Asia/Tashkent',
  'Asia/Kolkata',
  'Asia/Colombo',
  'Asia/Kathmandu',
  'Asia/Dhaka',
  'Asia/Yangon',
  'Asia/Bangkok',
  'Asia/Jakarta',
  'Asia/Ho_Chi_Minh',
  'Asia/Shanghai',
  'Asia/Singapore',
  'Asia/Hong_Kong',
  'Asia/Manila',
  'Asia/Kuala_Lumpur',
  'Asia/Taipei',
  'Australia/Perth',
  'Asia/Tokyo',
  'Asia/Seoul',
  'Australia/Adelaide',
  'Australia/Darwin',
  'Australia/Sydney',
  'Australia/Melbourne',
  'Australia/Brisbane',
  'Pacific/Guam',
  'Pacific/Port_Moresby',
  'Pacific/Noumea',
  'Pacific/Auckland',
  'Pacific/Fiji',
  'Pacific/Tongatapu',
  'Pacific/Apia',
  'Pacific/Kiritimati',
];
const majorRank = new Map(majorZones.map((zone, index) => [zone, index]));

/** Major zones first (in majorZones order), then the rest by name, with the polar stations last. */
function byLikelihood(a: string, b: string): number {
  const rank = (zone: string) => majorRank.get(zone) ?? (/^(Antarctica|Arctic)\//.test(zone) ? 2000 : 1000);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

const hourMs = 3_600_000;
const dayMs = 24 * hourMs;

let seasonal: Map<string, readonly [number, number]> | undefined;
/** Each listed zone's offset (minutes) in mid-January and mid-July this year; zones this runtime lacks are left out. */
function seasonalOffsets(): Map<string, readonly [number, number]> {
  if (!seasonal) {
    const year = new Date().getUTCFullYear();
    const january = Date.UTC(year, 0, 15, 12);
    const july = Date.UTC(year, 6, 15, 12);
    seasonal = new Map();
    for (const zone of calendarTimeZones) {
      if (!isValidTimeZone(zone)) continue;
      seasonal.set(zone, [zoneOffsetMs(january, zone) / 60_000, zoneOffsetMs(july, zone) / 60_000]);
    }
  }
  return seasonal;
}

/** Listed zones (not UTC) whose standard offset this year — the lesser of winter and summer — is `minutes`. */
function zonesWithStandardOffset(minutes: number): string[] {
  const zones: string[] = [];
  for (const [zone, [january, july]] of seasonalOffsets()) {
    if (zone !== 'UTC' && Math.min(january, july) === minutes) zones.push(zone);
  }
  return zones.sort(byLikelihood);
}

/** Up to two major zones that keep standard time at another offset but are on `minutes` in summer. */
function majorZonesInSummerAt(minutes: number): string[] {
  const zones: string[] = [];
  for (const [zone, [january, july]] of seasonalOffsets()) {
    if (majorRank.has(zone) && january !== july && Math.max(january, july) === minutes) zones.push(zone);
  }
  return zones.sort(byLikelihood).slice(0, 2);
}

// ── Abbreviations ─────────────────────────────────────────────────────────────────────────────────────────────

interface Abbreviation {
  zone: string;
  /** The pair the zone switches between, e.g. 'EST and EDT'. */
  switches?: string;
  /** Another common meaning, or a region of the same abbreviation that keeps different clocks. */
  also?: string;
  /** 'EST5EDT' and friends: POSIX rule names, not abbreviations. */
  rule?: true;
}

const usEastern: Abbreviation = { zone: 'America/New_York', switches: 'EST and EDT' };
const usCentral: Abbreviation = {
  zone: 'America/Chicago',
  switches: 'CST and CDT',
  also: 'in China, CST means China Standard Time: use Asia/Shanghai',
};
const usMountain: Abbreviation = {
  zone: 'America/Denver',
  switches: 'MST and MDT',
  also: 'Arizona stays on MST all year: use America/Phoenix',
};
const usPacific: Abbreviation = {
  zone: 'America/Los_Angeles',
  switches: 'PST and PDT',
  also: 'in the Philippines, PST means Philippine Standard Time: use Asia/Manila',
};
const atlantic: Abbreviation = {
  zone: 'America/Halifax',
  switches: 'AST and ADT',
  also:
    'Puerto Rico stays on AST all year: use America/Puerto_Rico; ' +
    'in the Gulf, AST means Arabia Standard Time: use Asia/Riyadh',
};
const uk: Abbreviation = { zone: 'Europe/London', switches: 'GMT and BST' };
const centralEurope: Abbreviation = {
  zone: 'Europe/Berlin',
  switches: 'CET and CEST',
  also: 'each country on CET has its own zone (Europe/Paris, Europe/Madrid, Europe/Rome…): pick the school’s',
};
const easternEurope: Abbreviation = {
  zone: 'Europe/Athens',
  switches: 'EET and EEST',
  also: 'each country on EET has its own zone (Europe/Bucharest, Europe/Helsinki, Europe/Kyiv…): pick the school’s',
};
const australiaEastern: Abbreviation = {
  zone: 'Australia/Sydney',
  switches: 'AEST and AEDT',
  also: 'Queensland stays on AEST all year: use Australia/Brisbane',
};
const australiaCentral: Abbreviation = {
  zone: 'Australia/Adelaide',
  switches: 'ACST and ACDT',
  also: 'the Northern Territory stays on ACST all year: use Australia/Darwin',
};

// Keys are upper case. Where an abbreviation has several meanings, the zone is the one most schools mean.
const abbreviations: Readonly<Record<string, Abbreviation>> = {
  EST: usEastern,
  EDT: usEastern,
  ET: usEastern,
  CST: usCentral,
  CDT: usCentral,
  CT: usCentral,
  MST: usMountain,
  MDT: usMountain,
  MT: usMountain,
  PST: usPacific,
  PDT: usPacific,
  PT: usPacific,
  AKST: { zone: 'America/Anchorage', switches: 'AKST and AKDT' },
  AKDT: { zone: 'America/Anchorage', switches: 'AKST and AKDT' },
  HST: { zone: 'Pacific/Honolulu' },
  HAST: { zone: 'Pacific/Honolulu' },
  AST: atlantic,
  ADT: atlantic,
  NST: { zone: 'America/St_Johns', switches: 'NST and NDT' },
  NDT: { zone: 'America/St_Johns', switches: 'NST and NDT' },
  GMT: {
    ...uk,
    also: 'where clocks stay on GMT all year, use the city zone (e.g. Africa/Accra) or UTC',
  },
  BST: { ...uk, also: 'in Bangladesh, BST means Bangladesh Standard Time: use Asia/Dhaka' },
  WET: { zone: 'Europe/Lisbon', switches: 'WET and WEST' },
  WEST: { zone: 'Europe/Lisbon', switches: 'WET and WEST' },
  CET: centralEurope,
  CEST: centralEurope,
  MET: centralEurope,
  MEST: centralEurope,
  EET: easternEurope,
  EEST: easternEurope,
  MSK: { zone: 'Europe/Moscow' },
  TRT: { zone: 'Europe/Istanbul' },
  IST: {
    zone: 'Asia/Kolkata',
    also: 'IST also means Irish Standard Time (Europe/Dublin) and Israel Standard Time (Asia/Jerusalem)',
  },
  IDT: { zone: 'Asia/Jerusalem', switches: 'IST and IDT' },
  IRST: { zone: 'Asia/Tehran' },
  GST: { zone: 'Asia/Dubai' },
  PKT: { zone: 'Asia/Karachi' },
  NPT: { zone: 'Asia/Kathmandu' },
  ICT: { zone: 'Asia/Bangkok', also: 'in Vietnam, use Asia/Ho_Chi_Minh' },
  WIB: { zone: 'Asia/Jakarta' },
  WITA: { zone: 'Asia/Makassar' },
  WIT: { zone: 'Asia/Jayapura' },
  SGT: { zone: 'Asia/Singapore' },
  MYT: { zone: 'Asia/Kuala_Lumpur' },
  HKT: { zone: 'Asia/Hong_Kong' },
  PHT: { zone: 'Asia/Manila' },
  PHST: { zone: 'Asia/Manila' },
  JST: { zone: 'Asia/Tokyo' },
  KST: { zone: 'Asia/Seoul' },
  AEST: australiaEastern,
  AEDT: australiaEastern,
  AET: australiaEastern,
  ACST: australiaCentral,
  ACDT: australiaCentral,
  AWST: { zone: 'Australia/Perth' },
  NZST: { zone: 'Pacific/Auckland', switches: 'NZST and NZDT' },
  NZDT: { zone: 'Pacific/Auckland', switches: 'NZST and NZDT' },
  NZT: { zone: 'Pacific/Auckland', switches: 'NZST and NZDT' },
  CHAST: { zone: 'Pacific/Chatham' },
  CHADT: { zone: 'Pacific/Chatham' },
  CHST: { zone: 'Pacific/Guam' },
  SST: { zone: 'Pacific/Pago_Pago' },
  SAST: { zone: 'Africa/Johannesburg' },
  WAT: { zone: 'Africa/Lagos' },
  CAT: { zone: 'Africa/Maputo', also: 'each country on CAT has its own zone (Africa/Harare, Africa/Lusaka…)' },
  EAT: { zone: 'Africa/Nairobi', also: 'each country on EAT has its own zone (Africa/Kampala, Africa/Dar_es_Salaam…)' },
  BRT: { zone: 'America/Sao_Paulo' },
  ART: { zone: 'America/Argentina/Buenos_Aires' },
  CLT: { zone: 'America/Santiago', switches: 'CLT and CLST' },
  CLST: { zone: 'America/Santiago', switches: 'CLT and CLST' },
  COT: { zone: 'America/Bogota' },
  PET: { zone: 'America/Lima' },
  VET: { zone: 'America/Caracas' },
  UYT: { zone: 'America/Montevideo' },
  EST5EDT: { zone: 'America/New_York', rule: true },
  CST6CDT: { zone: 'America/Chicago', rule: true },
  MST7MDT: { zone: 'America/Denver', rule: true },
  PST8PDT: { zone: 'America/Los_Angeles', rule: true },
};

function abbreviation(text: string): TimeZoneCheck | undefined {
  const found = entry(abbreviations, text.toUpperCase());
  if (found === undefined) return undefined;
  const { zone, switches, also, rule } = found;
  if (rule) return refused(`is a daylight-saving rule, not a time zone — use ${zone} ${pick}`, zone);
  let message = `is an abbreviation, not a time zone — use ${zone} ${pick}`;
  if (switches) message += `, which switches between ${switches} by itself`;
  if (also) message += `; ${also}`;
  return refused(message, zone);
}

/** Upper-case letters Intl does not know ('BRST', 'WAST'): almost certainly an abbreviation. */
function unknownAbbreviation(text: string): TimeZoneCheck | undefined {
  if (!/^[A-Z]{2,5}$/.test(text)) return undefined;
  return refused(
    `is an abbreviation, not a time zone — pick the school’s city zone from the dropdown, e.g. ${example}`,
  );
}

// ── The list's names, spelled differently ─────────────────────────────────────────────────────────────────────

function respelled(text: string): TimeZoneCheck | undefined {
  const zone = nameKeys().get(nameKey(text));
  if (zone === undefined) return undefined;
  return refused(`is spelled differently from the time zone ${zone} — pick it from the dropdown`, zone);
}

// ── Other names for a zone: links, renamed and merged zones ───────────────────────────────────────────────────

// Zones the tz database renamed, and names of UTC, by nameKey. Intl resolves these too, but the runtime's ICU
// may be older than the list (Europe/Kyiv is ICU 72+), and ICU resolves to the old names.
const otherNames: Readonly<Record<string, string>> = {
  'africa/asmera': 'Africa/Asmara',
  'america/buenos_aires': 'America/Argentina/Buenos_Aires',
  'america/catamarca': 'America/Argentina/Catamarca',
  'america/cordoba': 'America/Argentina/Cordoba',
  'america/coral_harbour': 'America/Atikokan',
  'america/godthab': 'America/Nuuk',
  'america/indianapolis': 'America/Indiana/Indianapolis',
  'america/jujuy': 'America/Argentina/Jujuy',
  'america/louisville': 'America/Kentucky/Louisville',
  'america/mendoza': 'America/Argentina/Mendoza',
  'america/montreal': 'America/Toronto',
  'asia/calcutta': 'Asia/Kolkata',
  'asia/chongqing': 'Asia/Shanghai',
  'asia/chungking': 'Asia/Shanghai',
  'asia/dacca': 'Asia/Dhaka',
  'asia/katmandu': 'Asia/Kathmandu',
  'asia/macao': 'Asia/Macau',
  'asia/rangoon': 'Asia/Yangon',
  'asia/saigon': 'Asia/Ho_Chi_Minh',
  'asia/thimbu': 'Asia/Thimphu',
  'asia/ulan_bator': 'Asia/Ulaanbaatar',
  'atlantic/faeroe': 'Atlantic/Faroe',
  'europe/kiev': 'Europe/Kyiv',
  'pacific/enderbury': 'Pacific/Kanton',
  'pacific/ponape': 'Pacific/Pohnpei',
  'pacific/truk': 'Pacific/Chuuk',
  'etc/gmt': 'UTC',
  'etc/gmt0': 'UTC',
  'etc/greenwich': 'UTC',
  'etc/uct': 'UTC',
  'etc/universal': 'UTC',
  'etc/utc': 'UTC',
  'etc/zulu': 'UTC',
  gmt0: 'UTC',
  greenwich: 'UTC',
  uct: 'UTC',
  universal: 'UTC',
  zulu: 'UTC',
};

function otherName(text: string): TimeZoneCheck | undefined {
  let zone = entry(otherNames, nameKey(text));
  const resolved = resolvedName(text);
  if (zone === undefined && resolved !== undefined) zone = byResolvedName().get(resolved);
  if (zone !== undefined) {
    if (/^[A-Z]{2,5}$/.test(text)) return refused(`is an abbreviation, not a time zone — use ${zone} ${pick}`, zone);
    // Links without an area ('Japan', 'Singapore', 'Egypt') read as places; 'UCT', 'Zulu' and 'US/Eastern' as names.
    if (!text.includes('/') && entry(otherNames, nameKey(text)) === undefined) {
      return refused(`is not a time zone — use ${zone} ${pick}`, zone);
    }
    return refused(`is an old or alternative name for a time zone — use ${zone} ${pick}`, zone);
  }
  if (resolved === undefined) return undefined;
  // A zone this runtime knows under its own name but the list leaves out, e.g. one since merged into another.
  const same = sameClocks(resolved);
  if (same === undefined) {
    return refused(
      `is not one of the time zones Google Calendar offers — pick the school’s city zone from the dropdown`,
    );
  }
  return refused(
    `is not one of the time zones Google Calendar offers; ${same} keeps the same clocks — use ${same} ${pick}`,
    same,
  );
}

function resolvedName(timeZone: string): string | undefined {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

let byResolved: Map<string, string> | undefined;
/** Listed zones by the name Intl resolves them to (ICU keeps old names: Asia/Kolkata → Asia/Calcutta). */
function byResolvedName(): Map<string, string> {
  if (!byResolved) {
    byResolved = new Map();
    for (const zone of calendarTimeZones) {
      const resolved = resolvedName(zone);
      if (resolved !== undefined && !byResolved.has(resolved)) byResolved.set(resolved, zone);
    }
  }
  return byResolved;
}

/** The likeliest listed zone whose clocks have agreed with `timeZone` since 1970 (the tz database's own test). */
function sameClocks(timeZone: string): string | undefined {
  const year = new Date().getUTCFullYear();
  const january = zoneOffsetMs(Date.UTC(year, 0, 15, 12), timeZone) / 60_000;
  const july = zoneOffsetMs(Date.UTC(year, 6, 15, 12), timeZone) / 60_000;
  const candidates = [...seasonalOffsets()]
    .filter(([, offsets]) => offsets[0] === january && offsets[1] === july)
    .map(([zone]) => zone);
  // Every 3 days and 1 hour: the sample drifts through the hours and weekdays that transitions fall on.
  const end = Date.UTC(year + 2, 0, 1);
  const agrees = (zone: string) => {
    for (let t = Date.UTC(1970, 0, 1); t < end; t += 3 * dayMs + hourMs) {
      if (zoneOffsetMs(t, zone) !== zoneOffsetMs(t, timeZone)) return false;
    }
    return true;
  };
  return candidates.filter(agrees).sort(byLikelihood)[0];
}

// ── Places and descriptions ───────────────────────────────────────────────────────────────────────────────────

// Cities, countries and descriptions that are not the last part of a listed name, by wordsKey. The last part of
// every listed name ('new york', 'sydney', 'sao paulo') is looked up without a table.
const places: Readonly<Record<string, string>> = {
  // Descriptions, as Calendar, Windows and people write them (filler words such as 'standard' dropped).
  eastern: 'America/New_York',
  'us eastern': 'America/New_York',
  central: 'America/Chicago',
  'us central': 'America/Chicago',
  mountain: 'America/Denver',
  pacific: 'America/Los_Angeles',
  'us pacific': 'America/Los_Angeles',
  alaska: 'America/Anchorage',
  alaskan: 'America/Anchorage',
  hawaii: 'Pacific/Honolulu',
  hawaiian: 'Pacific/Honolulu',
  'hawaii aleutian': 'Pacific/Honolulu',
  arizona: 'America/Phoenix',
  atlantic: 'America/Halifax',
  newfoundland: 'America/St_Johns',
  'greenwich mean': 'Europe/London',
  'coordinated universal': 'UTC',
  british: 'Europe/London',
  'united kingdom': 'Europe/London',
  uk: 'Europe/London',
  britain: 'Europe/London',
  'great britain': 'Europe/London',
  england: 'Europe/London',
  scotland: 'Europe/London',
  wales: 'Europe/London',
  'northern ireland': 'Europe/London',
  irish: 'Europe/Dublin',
  ireland: 'Europe/Dublin',
  'western european': 'Europe/Lisbon',
  'central european': 'Europe/Berlin',
  'eastern european': 'Europe/Athens',
  india: 'Asia/Kolkata',
  indian: 'Asia/Kolkata',
  pakistan: 'Asia/Karachi',
  china: 'Asia/Shanghai',
  japan: 'Asia/Tokyo',
  korea: 'Asia/Seoul',
  korean: 'Asia/Seoul',
  'south korea': 'Asia/Seoul',
  philippine: 'Asia/Manila',
  philippines: 'Asia/Manila',
  indochina: 'Asia/Bangkok',
  'western indonesia': 'Asia/Jakarta',
  'australian eastern': 'Australia/Sydney',
  'aus eastern': 'Australia/Sydney',
  'eastern australia': 'Australia/Sydney',
  'australian central': 'Australia/Adelaide',
  'central australia': 'Australia/Adelaide',
  'australian western': 'Australia/Perth',
  'western australia': 'Australia/Perth',
  'new zealand': 'Pacific/Auckland',
  'south africa': 'Africa/Johannesburg',
  'south african': 'Africa/Johannesburg',
  'west africa': 'Africa/Lagos',
  'east africa': 'Africa/Nairobi',
  'central africa': 'Africa/Maputo',
  gulf: 'Asia/Dubai',
  arabia: 'Asia/Riyadh',
  'saudi arabia': 'Asia/Riyadh',
  israel: 'Asia/Jerusalem',
  iran: 'Asia/Tehran',
  nepal: 'Asia/Kathmandu',
  bangladesh: 'Asia/Dhaka',
  'sri lanka': 'Asia/Colombo',
  vietnam: 'Asia/Ho_Chi_Minh',
  'viet nam': 'Asia/Ho_Chi_Minh',
  thailand: 'Asia/Bangkok',
  malaysia: 'Asia/Kuala_Lumpur',
  taiwan: 'Asia/Taipei',
  uae: 'Asia/Dubai',
  'united arab emirates': 'Asia/Dubai',
  france: 'Europe/Paris',
  germany: 'Europe/Berlin',
  spain: 'Europe/Madrid',
  italy: 'Europe/Rome',
  netherlands: 'Europe/Amsterdam',
  holland: 'Europe/Amsterdam',
  belgium: 'Europe/Brussels',
  switzerland: 'Europe/Zurich',
  sweden: 'Europe/Stockholm',
  norway: 'Europe/Oslo',
  denmark: 'Europe/Copenhagen',
  finland: 'Europe/Helsinki',
  greece: 'Europe/Athens',
  ukraine: 'Europe/Kyiv',
  nigeria: 'Africa/Lagos',
  kenya: 'Africa/Nairobi',
  ghana: 'Africa/Accra',
  colombia: 'America/Bogota',
  peru: 'America/Lima',
  argentina: 'America/Argentina/Buenos_Aires',
  // Windows names not covered above ('W. Europe Standard Time', 'GMT Standard Time').
  'w europe': 'Europe/Berlin',
  romance: 'Europe/Paris',
  gmt: 'Europe/London',
  'e australia': 'Australia/Brisbane',
  'cen australia': 'Australia/Adelaide',
  'w australia': 'Australia/Perth',
  'e south america': 'America/Sao_Paulo',
  'sa pacific': 'America/Bogota',
  // US states in one zone, or nearly.
  texas: 'America/Chicago',
  illinois: 'America/Chicago',
  california: 'America/Los_Angeles',
  'washington state': 'America/Los_Angeles',
  oregon: 'America/Los_Angeles',
  colorado: 'America/Denver',
  utah: 'America/Denver',
  massachusetts: 'America/New_York',
  'new jersey': 'America/New_York',
  virginia: 'America/New_York',
  'north carolina': 'America/New_York',
  ohio: 'America/New_York',
  michigan: 'America/Detroit',
  // Big cities that are not zone names.
  washington: 'America/New_York',
  nyc: 'America/New_York',
  'washington dc': 'America/New_York',
  boston: 'America/New_York',
  philadelphia: 'America/New_York',
  atlanta: 'America/New_York',
  miami: 'America/New_York',
  baltimore: 'America/New_York',
  pittsburgh: 'America/New_York',
  charlotte: 'America/New_York',
  orlando: 'America/New_York',
  cleveland: 'America/New_York',
  columbus: 'America/New_York',
  dallas: 'America/Chicago',
  houston: 'America/Chicago',
  austin: 'America/Chicago',
  'san antonio': 'America/Chicago',
  minneapolis: 'America/Chicago',
  'st louis': 'America/Chicago',
  'saint louis': 'America/Chicago',
  'kansas city': 'America/Chicago',
  'new orleans': 'America/Chicago',
  nashville: 'America/Chicago',
  milwaukee: 'America/Chicago',
  'salt lake city': 'America/Denver',
  albuquerque: 'America/Denver',
  tucson: 'America/Phoenix',
  'san francisco': 'America/Los_Angeles',
  seattle: 'America/Los_Angeles',
  portland: 'America/Los_Angeles',
  'san diego': 'America/Los_Angeles',
  'las vegas': 'America/Los_Angeles',
  sacramento: 'America/Los_Angeles',
  'san jose': 'America/Los_Angeles',
  montreal: 'America/Toronto',
  ottawa: 'America/Toronto',
  quebec: 'America/Toronto',
  calgary: 'America/Edmonton',
  mumbai: 'Asia/Kolkata',
  bombay: 'Asia/Kolkata',
  delhi: 'Asia/Kolkata',
  'new delhi': 'Asia/Kolkata',
  bangalore: 'Asia/Kolkata',
  bengaluru: 'Asia/Kolkata',
  chennai: 'Asia/Kolkata',
  madras: 'Asia/Kolkata',
  hyderabad: 'Asia/Kolkata',
  pune: 'Asia/Kolkata',
  calcutta: 'Asia/Kolkata',
  beijing: 'Asia/Shanghai',
  peking: 'Asia/Shanghai',
  guangzhou: 'Asia/Shanghai',
  shenzhen: 'Asia/Shanghai',
  osaka: 'Asia/Tokyo',
  kyoto: 'Asia/Tokyo',
  busan: 'Asia/Seoul',
  saigon: 'Asia/Ho_Chi_Minh',
  'ho chi minh city': 'Asia/Ho_Chi_Minh',
  hanoi: 'Asia/Ho_Chi_Minh',
  kiev: 'Europe/Kyiv',
  rangoon: 'Asia/Yangon',
  katmandu: 'Asia/Kathmandu',
  canberra: 'Australia/Sydney',
  wellington: 'Pacific/Auckland',
  'abu dhabi': 'Asia/Dubai',
  'cape town': 'Africa/Johannesburg',
  pretoria: 'Africa/Johannesburg',
  durban: 'Africa/Johannesburg',
  abuja: 'Africa/Lagos',
  islamabad: 'Asia/Karachi',
  lahore: 'Asia/Karachi',
  ankara: 'Europe/Istanbul',
  'st petersburg': 'Europe/Moscow',
  'saint petersburg': 'Europe/Moscow',
  'rio de janeiro': 'America/Sao_Paulo',
  rio: 'America/Sao_Paulo',
  brasilia: 'America/Sao_Paulo',
  'tel aviv': 'Asia/Jerusalem',
  edinburgh: 'Europe/London',
  manchester: 'Europe/London',
  birmingham: 'Europe/London',
  glasgow: 'Europe/London',
  cardiff: 'Europe/London',
  belfast: 'Europe/London',
  munich: 'Europe/Berlin',
  frankfurt: 'Europe/Berlin',
  hamburg: 'Europe/Berlin',
  barcelona: 'Europe/Madrid',
  milan: 'Europe/Rome',
  geneva: 'Europe/Zurich',
  'the hague': 'Europe/Amsterdam',
  rotterdam: 'Europe/Amsterdam',
  jeddah: 'Asia/Riyadh',
  doha: 'Asia/Qatar',
};

// Countries that span several zones: no one suggestion, but the main ones.
const severalZones: Readonly<Record<string, readonly string[]>> = {
  us: ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles'],
  usa: ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles'],
  'united states': ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles'],
  'united states of america': ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles'],
  america: ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles'],
  canada: ['America/Toronto', 'America/Winnipeg', 'America/Edmonton', 'America/Vancouver'],
  australia: ['Australia/Sydney', 'Australia/Brisbane', 'Australia/Adelaide', 'Australia/Perth'],
  brazil: ['America/Sao_Paulo', 'America/Manaus'],
  mexico: ['America/Mexico_City', 'America/Tijuana', 'America/Cancun'],
  russia: ['Europe/Moscow', 'Asia/Yekaterinburg', 'Asia/Novosibirsk', 'Asia/Vladivostok'],
  indonesia: ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'],
  indiana: ['America/Indiana/Indianapolis', 'America/Chicago'],
};

let byLastSegment: Map<string, string> | undefined;
/** Listed zones by the wordsKey of their last part: 'new york' → America/New_York. */
function lastSegments(): Map<string, string> {
  if (!byLastSegment) {
    byLastSegment = new Map();
    for (const zone of calendarTimeZones) {
      const key = wordsKey(lastSegment(zone));
      if (!byLastSegment.has(key)) byLastSegment.set(key, zone);
    }
  }
  return byLastSegment;
}

/** The listed zone, or the main zones of a country, that a place or description of exactly these words names. */
function lookUpPlace(key: string): string | readonly string[] | undefined {
  return lastSegments().get(key) ?? entry(places, key) ?? entry(severalZones, key);
}

/**
 * The listed zone a place or description names ('New York', 'Eastern Time', 'Auckland NZ', 'Berlin, Germany'),
 * or the main zones of a country with several; undefined when nothing or more than one zone fits. The longest run
 * of words that names something wins, and a zone beats a country: 'Sydney, Australia' is Australia/Sydney.
 */
function zoneForPlace(text: string): string | readonly string[] | undefined {
  for (const candidate of text.includes('/') ? [text, lastSegment(text)] : [text]) {
    const words = wordsKey(candidate).split(' ').filter(Boolean);
    if (words.length === 0 || words.length > 6) continue;
    for (let length = words.length; length > 0; length--) {
      const zones = new Set<string>();
      const countries = new Set<readonly string[]>();
      for (let start = 0; start + length <= words.length; start++) {
        const found = lookUpPlace(words.slice(start, start + length).join(' '));
        if (typeof found === 'string') zones.add(found);
        else if (found !== undefined) countries.add(found);
      }
      if (zones.size > 1 || (zones.size === 0 && countries.size > 1)) return undefined;
      if (zones.size === 1) return [...zones][0];
      if (countries.size === 1) return [...countries][0];
    }
  }
  return undefined;
}

function placeName(text: string): TimeZoneCheck | undefined {
  const found = zoneForPlace(text);
  if (found === undefined) return undefined;
  if (typeof found === 'string') return refused(`is not a time zone — use ${found} ${pick}`, found);
  return refused(
    `covers several time zones — pick the zone of the school’s city from the dropdown, e.g. ${orList(found)}`,
  );
}

// ── Typing slips ──────────────────────────────────────────────────────────────────────────────────────────────

/** Edit distance counting a swap of neighbours as one edit (optimal string alignment). */
function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/** The one listed zone within a slip or two of `text` ('Amercia/New_Yrok', 'Sydeny'), if exactly one is. */
function typo(text: string): TimeZoneCheck | undefined {
  const key = text.includes('/') ? nameKey(text) : wordsKey(text);
  const allowed = key.length >= 8 ? 2 : key.length >= 5 ? 1 : 0;
  if (allowed === 0) return undefined;
  // Against listed names only: the places table holds words ('indian') too close to others ('indiana').
  const entries = text.includes('/') ? nameKeys() : lastSegments();
  let best = allowed + 1;
  let found = new Set<string>();
  for (const [candidate, zone] of entries) {
    if (Math.abs(candidate.length - key.length) > allowed) continue;
    const distance = editDistance(key, candidate);
    if (distance > allowed) continue;
    if (distance < best) {
      best = distance;
      found = new Set([zone]);
    } else if (distance === best) {
      found.add(zone);
    }
  }
  if (found.size !== 1) return undefined;
  const [zone] = found as unknown as [string];
  return refused(`is not a time zone — did you mean ${zone}? Pick it from the dropdown`, zone);
}
