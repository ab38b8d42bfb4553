// The manifest's shape as Google documents it for Workspace add-ons
// (https://developers.google.com/workspace/add-ons/concepts/manifests), and the scopes PLG Hub needs.
import { z } from 'zod';

const trigger = z.object({ runFunction: z.string().min(1), enabled: z.boolean().optional() });

export const addOnManifest = z.object({
  timeZone: z.string().min(1),
  runtimeVersion: z.literal('V8'),
  exceptionLogging: z.enum(['STACKDRIVER', 'NONE']),
  dependencies: z
    .object({
      enabledAdvancedServices: z.array(
        z.object({ userSymbol: z.string(), serviceId: z.string(), version: z.string() }),
      ),
    })
    .optional(),
  oauthScopes: z.array(z.url()).min(1),
  // https://developers.google.com/apps-script/manifest/allowlist-url: https, a full domain and a non-empty path.
  urlFetchWhitelist: z.array(z.url().regex(/^https:\/\/[^/]+\/.*/)).optional(),
  addOns: z.object({
    common: z.object({
      name: z.string().min(1),
      logoUrl: z.url().startsWith('https://'),
      layoutProperties: z.object({ primaryColor: z.string(), secondaryColor: z.string().optional() }),
      homepageTrigger: trigger,
      useLocaleFromApp: z.boolean().optional(),
    }),
    sheets: z.object({ homepageTrigger: trigger, onFileScopeGrantedTrigger: trigger }),
    calendar: z.object({
      eventOpenTrigger: trigger,
      currentEventAccess: z.enum(['METADATA', 'READ', 'WRITE', 'READ_WRITE']),
    }),
    docs: z.object({ homepageTrigger: trigger, onFileScopeGrantedTrigger: trigger }),
  }),
});
export type AddOnManifest = z.infer<typeof addOnManifest>;

/**
 * The narrowest scopes that work, each with the reason it is there (README "Permissions" repeats this list).
 * A test holds appsscript.json to exactly this list.
 */
/**
 * Every address UrlFetchApp may reach (the manifest's urlFetchWhitelist, required for a published add-on): Google's
 * APIs only, each with what PLG Hub calls there. A test holds appsscript.json to this list.
 */
export const fetchedUrls: Record<string, string> = {
  'https://www.googleapis.com/batch/calendar/v3':
    "Send calendar changes in batch requests, up to 40 at once (Calendar's batch endpoint); each call inside still needs calendar.app.created.",
  'https://www.googleapis.com/batch/drive/v3':
    "Share each teachers' card file with its group's roster, and unshare it from who left, in Drive batch requests (permissions.list, create, delete).",
  'https://www.googleapis.com/drive/v3/files':
    "List a group's agenda folder and the card folder once per run, find forms a stopped run made, move new forms into the PLG Hub folder (files.list, files.update), and ask for the ids of new card files in one request (files.generateIds).",
  'https://www.googleapis.com/upload/drive/v3/files':
    "Make each agenda Doc from its HTML, and each card file with its signed content, in one upload (files.create); rewrite a card file's content when its group changes (files.update).",
  'https://forms.googleapis.com/':
    'Build each feedback and survey Form: forms.create, one forms.batchUpdate with every question, setPublishSettings.',
};

export const requiredScopes: Record<string, string> = {
  // DriveApp accepts only the full Drive scope (not drive.file): the agenda folders, moving Docs and Forms into
  // them and sharing them all go through it. The Advanced Drive service would work with drive.file; until PLG Hub
  // moves to it, this is the narrowest scope that works (README "Known limits").
  'https://www.googleapis.com/auth/drive':
    'Make the PLG Hub folder and one folder per group, move agenda Docs and Forms into them, and share them with the current members only (DriveApp accepts no narrower scope).',
  'https://www.googleapis.com/auth/spreadsheets':
    'Read and write the registry spreadsheet from the hourly trigger, when it is not the open file.',
  'https://www.googleapis.com/auth/documents': 'Write agenda Docs and read outcomes and attendance back from them.',
  'https://www.googleapis.com/auth/forms': 'Create the feedback and survey Forms and set who may answer.',
  'https://www.googleapis.com/auth/calendar.calendarlist.readonly':
    'Find the PLG calendar a stopped run already made (CalendarList.list, which calendar.app.created does not cover), so a retry never makes a second one; the list of calendars only, read-only.',
  'https://www.googleapis.com/auth/calendar.app.created':
    "Create the dedicated PLG calendar and manage events on it only; no access to anyone's other calendars.",
  'https://www.googleapis.com/auth/calendar.addons.execute': 'Run as a Calendar add-on.',
  'https://www.googleapis.com/auth/calendar.addons.current.event.read':
    "Read the event a teacher opens, to show that meeting's card.",
  'https://www.googleapis.com/auth/script.scriptapp': 'Install the hourly trigger that continues long jobs.',
  'https://www.googleapis.com/auth/script.send_mail': 'Email the health-survey link to staff (bcc, from the admin).',
  // UrlFetchApp needs it for any request. The Forms and Drive API calls carry the script's own token, whose Drive
  // scope both APIs accept (the Forms methods' "Authorization scopes": drive, drive.file or forms.body), so no
  // Forms scope is added; the manifest's urlFetchWhitelist (fetchedUrls above) holds every request.
  'https://www.googleapis.com/auth/script.external_request':
    "Call Google's own APIs where Apps Script has no service or no batch form (UrlFetchApp, only to the addresses in urlFetchWhitelist): calendar changes sent in batch requests, each Form built with the Forms API in three requests instead of ~30 FormApp calls, each agenda Doc made in one upload.",
  'https://www.googleapis.com/auth/script.locale': "Show dates in the user's language.",
  'https://www.googleapis.com/auth/userinfo.email': 'Know who is signed in, to show "my PLG" and your role.',
};
