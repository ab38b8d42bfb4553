// Daily quotas for a Google Workspace (Education/business) account, from Google's "Quotas for Google
// Services" page (https://developers.google.com/apps-script/guides/services/quotas). Consumer accounts
// have lower limits; the emulator models the school's Workspace account.

export const dailyQuota = {
  calendarEventsCreated: 10_000,
  calendarsCreated: 250, // Calendar API usage limits: creating many secondary calendars is throttled
  documentsCreated: 1_500,
  spreadsheetsCreated: 3_200,
  formsCreated: 1_500, // not published separately; modeled on documents
  emailRecipients: 1_500,
  propertiesReadWrite: 500_000,
  urlFetchCalls: 100_000,
  triggerRuntimeMs: 6 * 60 * 60 * 1000,
} as const;

export type QuotaName = keyof typeof dailyQuota;

/** The service name Apps Script puts in "Service invoked too many times for one day: …". */
export const quotaServiceName: Record<QuotaName, string> = {
  calendarEventsCreated: 'calendar',
  calendarsCreated: 'calendar',
  documentsCreated: 'docs create',
  spreadsheetsCreated: 'spreadsheets create',
  formsCreated: 'forms create',
  emailRecipients: 'email',
  propertiesReadWrite: 'properties',
  urlFetchCalls: 'urlfetch',
  triggerRuntimeMs: 'trigger runtime',
};
