import { calendarTimeZones, checkTimeZone, type TimeZoneCheck } from '../../../src/core/schedule/time-zone-names';

function intlAccepts(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

function refusal(input: string): { message: string; suggestion?: string } {
  const result = checkTimeZone(input);
  if (result.ok) throw new Error(`expected ${JSON.stringify(input)} to be refused, got ok ${result.zone}`);
  return result;
}

/** How the Settings problem shows it to the admin. */
function shown(input: string): string {
  return `Settings, row 4, column "Value": "${input}" ${refusal(input).message}`;
}

describe('calendarTimeZones', () => {
  it('holds the zones schools use, under their modern names', () => {
    for (const zone of [
      'America/New_York',
      'America/Los_Angeles',
      'America/Chicago',
      'America/Denver',
      'America/Phoenix',
      'Europe/London',
      'Europe/Kyiv',
      'Australia/Sydney',
      'Asia/Kolkata',
      'Asia/Ho_Chi_Minh',
      'America/Nuuk',
      'Pacific/Chatham',
      'UTC',
    ]) {
      expect(calendarTimeZones).toContain(zone);
    }
    expect(calendarTimeZones.length).toBeGreaterThan(400);
  });

  it('has no links, abbreviations or offsets', () => {
    for (const zone of ['Asia/Calcutta', 'Europe/Kiev', 'America/Godthab', 'Asia/Saigon', 'EST', 'GMT', 'Etc/UTC']) {
      expect(calendarTimeZones).not.toContain(zone);
    }
    expect(calendarTimeZones.filter((zone) => /^(US|Etc|SystemV)\//.test(zone) || !zone.includes('/'))).toEqual([
      'UTC',
    ]);
    // No entry is another name for another entry: each resolves, in Intl, to a zone of its own.
    const resolved = calendarTimeZones.map(
      (timeZone) => new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone,
    );
    expect(new Set(resolved).size).toBe(calendarTimeZones.length);
  });

  it('is sorted, without repeats', () => {
    const sorted = [...calendarTimeZones].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(calendarTimeZones).toEqual(sorted);
    expect(new Set(calendarTimeZones).size).toBe(calendarTimeZones.length);
  });

  it('holds only names Intl accepts, each of which checkTimeZone accepts as it is', () => {
    for (const zone of calendarTimeZones) {
      expect(intlAccepts(zone)).toBe(true);
      expect(checkTimeZone(zone)).toEqual({ ok: true, zone });
    }
  });
});

describe('checkTimeZone', () => {
  it('accepts a listed name with spaces around it (a cell does not show them)', () => {
    expect(checkTimeZone('America/New_York ')).toEqual({ ok: true, zone: 'America/New_York' });
    expect(checkTimeZone('\tAsia/Kolkata\n')).toEqual({ ok: true, zone: 'Asia/Kolkata' });
  });

  it('reads as a predicate after the cell value', () => {
    expect(shown('EST')).toBe(
      'Settings, row 4, column "Value": "EST" is an abbreviation, not a time zone — use America/New_York ' +
        '(pick it from the dropdown), which switches between EST and EDT by itself',
    );
    expect(shown('')).toBe(
      'Settings, row 4, column "Value": "" is not a time zone — pick one from the dropdown, e.g. America/New_York',
    );
  });

  it('refuses a listed name spelled differently, suggesting the exact spelling', () => {
    for (const [input, zone] of [
      ['america/new york', 'America/New_York'],
      ['AMERICA/NEW_YORK', 'America/New_York'],
      ['Europe/london', 'Europe/London'],
      ['America/Sao Paulo', 'America/Sao_Paulo'],
      ['utc', 'UTC'],
    ]) {
      expect(checkTimeZone(input!)).toEqual({
        ok: false,
        message: `is spelled differently from the time zone ${zone} — pick it from the dropdown`,
        suggestion: zone,
      });
    }
  });

  describe('abbreviations', () => {
    it.each([
      ['EST', 'America/New_York'],
      ['EDT', 'America/New_York'],
      ['est', 'America/New_York'],
      ['CST', 'America/Chicago'],
      ['CDT', 'America/Chicago'],
      ['MST', 'America/Denver'],
      ['MDT', 'America/Denver'],
      ['PST', 'America/Los_Angeles'],
      ['PDT', 'America/Los_Angeles'],
      ['AKST', 'America/Anchorage'],
      ['HST', 'Pacific/Honolulu'],
      ['GMT', 'Europe/London'],
      ['BST', 'Europe/London'],
      ['CET', 'Europe/Berlin'],
      ['CEST', 'Europe/Berlin'],
      ['EET', 'Europe/Athens'],
      ['IST', 'Asia/Kolkata'],
      ['JST', 'Asia/Tokyo'],
      ['KST', 'Asia/Seoul'],
      ['AEST', 'Australia/Sydney'],
      ['AEDT', 'Australia/Sydney'],
      ['ACST', 'Australia/Adelaide'],
      ['AWST', 'Australia/Perth'],
      ['NZST', 'Pacific/Auckland'],
      ['NZDT', 'Pacific/Auckland'],
      ['SAST', 'Africa/Johannesburg'],
      ['WAT', 'Africa/Lagos'],
      ['EAT', 'Africa/Nairobi'],
      ['PKT', 'Asia/Karachi'],
      ['SGT', 'Asia/Singapore'],
      ['HKT', 'Asia/Hong_Kong'],
      ['PHT', 'Asia/Manila'],
      ['WIB', 'Asia/Jakarta'],
    ])('%s → %s', (input, zone) => {
      const { message, suggestion } = refusal(input);
      expect(suggestion).toBe(zone);
      expect(message).toMatch(/^is an abbreviation, not a time zone — use /);
    });

    it('refuses the ones Intl takes for zones: fixed offsets, POSIX rules and Java-era aliases', () => {
      // The trap: all of these are valid time zones to Intl, and EST is Panama's clocks there, not New York's.
      for (const input of ['EST', 'MST', 'HST', 'EST5EDT', 'PST8PDT', 'CET', 'IST', 'PST']) {
        expect(intlAccepts(input)).toBe(true);
        expect(checkTimeZone(input).ok).toBe(false);
      }
      expect(refusal('EST5EDT')).toEqual({
        ok: false,
        message: 'is a daylight-saving rule, not a time zone — use America/New_York (pick it from the dropdown)',
        suggestion: 'America/New_York',
      });
    });

    it('mentions the other common meaning, or the region on different clocks', () => {
      expect(refusal('CST').message).toContain('China Standard Time: use Asia/Shanghai');
      expect(refusal('MST').message).toContain('Arizona stays on MST all year: use America/Phoenix');
      expect(refusal('IST').message).toContain('Europe/Dublin');
      expect(refusal('IST').message).toContain('Asia/Jerusalem');
      expect(refusal('AEST').message).toContain('Australia/Brisbane');
      expect(refusal('GMT').message).toContain('UTC');
    });

    it('calls short capitals it does not know an abbreviation, without guessing', () => {
      expect(checkTimeZone('BRST')).toEqual({
        ok: false,
        message:
          'is an abbreviation, not a time zone — pick the school’s city zone from the dropdown, e.g. America/New_York',
      });
    });
  });

  describe('other names for a listed zone', () => {
    it.each([
      ['US/Eastern', 'America/New_York'],
      ['US/Pacific', 'America/Los_Angeles'],
      ['us/central', 'America/Chicago'],
      ['Asia/Calcutta', 'Asia/Kolkata'],
      ['Europe/Kiev', 'Europe/Kyiv'],
      ['Asia/Saigon', 'Asia/Ho_Chi_Minh'],
      ['America/Godthab', 'America/Nuuk'],
      ['America/Indianapolis', 'America/Indiana/Indianapolis'],
      ['America/Montreal', 'America/Toronto'],
      ['America/Nipigon', 'America/Toronto'], // merged into Toronto in 2022
      ['Etc/UTC', 'UTC'],
      ['Etc/GMT', 'UTC'],
      ['Zulu', 'UTC'],
    ])('%s → %s', (input, zone) => {
      expect(checkTimeZone(input)).toEqual({
        ok: false,
        message: `is an old or alternative name for a time zone — use ${zone} (pick it from the dropdown)`,
        suggestion: zone,
      });
    });

    it('treats links without an area as the places or abbreviations they look like', () => {
      expect(refusal('Japan')).toEqual({
        ok: false,
        message: 'is not a time zone — use Asia/Tokyo (pick it from the dropdown)',
        suggestion: 'Asia/Tokyo',
      });
      expect(refusal('GB')).toMatchObject({
        suggestion: 'Europe/London',
        message: expect.stringMatching(/^is an abbreviation/),
      });
    });

    const runtimeOnly = 'SystemV/HST10'; // an ICU name that is in no tz release
    (intlAccepts(runtimeOnly) ? it : it.skip)(
      'answers a zone missing from the list with one that keeps the same clocks',
      () => {
        expect(checkTimeZone(runtimeOnly)).toEqual({
          ok: false,
          message:
            'is not one of the time zones Google Calendar offers; Pacific/Honolulu keeps the same clocks — ' +
            'use Pacific/Honolulu (pick it from the dropdown)',
          suggestion: 'Pacific/Honolulu',
        });
      },
    );
  });

  describe('UTC offsets', () => {
    it.each(['GMT+5', 'UTC+5', 'UTC+05:00', 'GMT +5', '+05:00', '+0500', 'Etc/GMT-5'])(
      '%s is UTC+05:00, with zones to choose from but no single suggestion',
      (input) => {
        const { message, suggestion } = refusal(input);
        expect(suggestion).toBeUndefined();
        expect(message).toContain('UTC+05:00');
        expect(message).toContain('an offset does not follow daylight saving time');
        expect(message).toContain('Asia/Karachi');
      },
    );

    it.each(['GMT-5', 'UTC-05:00', 'UTC−5', '-0500', 'Etc/GMT+5'])('%s is UTC-05:00', (input) => {
      const { message, suggestion } = refusal(input);
      expect(suggestion).toBeUndefined();
      expect(message).toContain('UTC-05:00');
      expect(message).toContain('America/New_York');
    });

    it('says that Etc/GMT names reverse the sign', () => {
      expect(refusal('Etc/GMT+5').message).toMatch(
        /^is the tz name for a fixed UTC-05:00 offset \(Etc\/GMT names reverse the sign\), not a time zone/,
      );
    });

    it('lists a few zones on that standard offset, the likeliest first', () => {
      expect(refusal('+05:30').message).toBe(
        'is a UTC offset (UTC+05:30), not a time zone — an offset does not follow daylight saving time; ' +
          'pick the school’s city zone from the dropdown, e.g. Asia/Kolkata or Asia/Colombo',
      );
      expect(refusal('-0800').message).toContain('e.g. America/Los_Angeles, America/Vancouver or America/Tijuana');
      expect(refusal('UTC+5.5').message).toContain('UTC+05:30');
    });

    it('mentions zones that reach the offset only in summer', () => {
      expect(refusal('GMT-4').message).toContain('in summer, America/New_York and America/Toronto use it too');
    });

    it('suggests the zone when only one is on that offset', () => {
      expect(refusal('GMT+5:45')).toEqual({
        ok: false,
        message:
          'is a UTC offset (UTC+05:45), not a time zone — an offset does not follow daylight saving time; ' +
          'use Asia/Kathmandu (pick it from the dropdown), the only zone on UTC+05:45',
        suggestion: 'Asia/Kathmandu',
      });
    });

    it('says so when no zone is on the offset', () => {
      expect(refusal('UTC-12')).toEqual({
        ok: false,
        message:
          'is a UTC offset (UTC-12:00), not a time zone — an offset does not follow daylight saving time, ' +
          'and no zone in the dropdown is on UTC-12:00; pick the school’s city zone',
      });
    });

    it('suggests UTC for a zero offset, and Europe/London for the UK', () => {
      for (const input of ['GMT+0', 'UTC+00:00', 'Z', '+00:00']) {
        const { message, suggestion } = refusal(input);
        expect(suggestion).toBe('UTC');
        expect(message).toContain('Europe/London');
      }
    });
  });

  describe('places and descriptions', () => {
    it.each([
      ['New York', 'America/New_York'],
      ['new york', 'America/New_York'],
      ['New_York', 'America/New_York'],
      ['Sydney', 'Australia/Sydney'],
      ['Kolkata', 'Asia/Kolkata'],
      ['Calcutta', 'Asia/Kolkata'],
      ['Mumbai', 'Asia/Kolkata'],
      ['Delhi', 'Asia/Kolkata'],
      ['São Paulo', 'America/Sao_Paulo'],
      ['St. John’s', 'America/St_Johns'],
      ['Port au Prince', 'America/Port-au-Prince'],
      ['Eastern Time', 'America/New_York'],
      ['Eastern Standard Time', 'America/New_York'],
      ['Pacific Standard Time', 'America/Los_Angeles'],
      ['Central Time (US & Canada)', 'America/Chicago'],
      ['India Standard Time', 'Asia/Kolkata'],
      ['Berlin, Germany', 'Europe/Berlin'],
      ['Sydney, Australia', 'Australia/Sydney'],
      ['Europe/New_York', 'America/New_York'],
    ])('%s → %s', (input, zone) => {
      expect(checkTimeZone(input)).toEqual({
        ok: false,
        message: `is not a time zone — use ${zone} (pick it from the dropdown)`,
        suggestion: zone,
      });
    });

    it('reads a label copied from a time-zone menu', () => {
      for (const [input, zone] of [
        ['(GMT-05:00) Eastern Time - New York', 'America/New_York'],
        ['(GMT+01:00) Central European Time - Paris', 'Europe/Paris'],
        ['(UTC-05:00) Eastern Time (US & Canada)', 'America/New_York'],
      ]) {
        expect(checkTimeZone(input!)).toEqual({
          ok: false,
          message: `is a label from a time-zone menu, not a time zone — use ${zone} (pick it from the dropdown)`,
          suggestion: zone,
        });
      }
    });

    it('names the main zones of a country with several, without picking one', () => {
      expect(checkTimeZone('USA')).toEqual({
        ok: false,
        message:
          'covers several time zones — pick the zone of the school’s city from the dropdown, ' +
          'e.g. America/New_York, America/Chicago, America/Denver or America/Los_Angeles',
      });
      expect(refusal('Australia').suggestion).toBeUndefined();
    });

    it('catches a slip or two of the keyboard', () => {
      expect(checkTimeZone('Amercia/New_Yrok')).toEqual({
        ok: false,
        message: 'is not a time zone — did you mean America/New_York? Pick it from the dropdown',
        suggestion: 'America/New_York',
      });
      expect(refusal('Sydeny').suggestion).toBe('Australia/Sydney');
      expect(refusal('Asia/Kolkatta').suggestion).toBe('Asia/Kolkata');
    });
  });

  it('refuses empty cells and nonsense without a suggestion', () => {
    for (const input of ['', '   ', 'foo', 'TBD?', '12:00', 'N/A', 'Paris London', 'constructor', '__proto__']) {
      expect(checkTimeZone(input)).toEqual({
        ok: false,
        message: 'is not a time zone — pick one from the dropdown, e.g. America/New_York',
      });
    }
  });

  it('only ever suggests or names zones from the list, in messages that read as predicates', () => {
    const inputs = [
      ...['EST', 'CST', 'MST', 'PST', 'AST', 'IST', 'GMT', 'BST', 'CET', 'EET', 'CAT', 'EAT', 'ICT', 'ACST', 'CHAST'],
      ...['US/Eastern', 'Asia/Calcutta', 'GMT+5', 'GMT-3', 'UTC+9:30', 'Etc/GMT-14', 'Canada', 'Indiana', 'Texas'],
      ...['Eastern Time', 'Hawaii', 'W. Europe Standard Time', 'Mexico', 'Indonesia', 'Russia', 'Brazil'],
    ];
    const results: TimeZoneCheck[] = inputs.map(checkTimeZone);
    for (const [index, result] of results.entries()) {
      if (result.ok) throw new Error(`${inputs[index]} was accepted`);
      expect(result.message).toMatch(/^(is|covers) /);
      if (result.suggestion !== undefined) expect(calendarTimeZones).toContain(result.suggestion);
      for (const named of result.message.match(/\b[A-Z][A-Za-z]+\/[A-Za-z_/-]*[A-Za-z]/g) ?? []) {
        if (!named.startsWith('Etc/')) expect(calendarTimeZones).toContain(named);
      }
    }
  });
});
