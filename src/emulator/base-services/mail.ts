// MailApp: mail is not sent but kept in the workspace's outbox, and every recipient (to, cc and bcc)
// spends the daily "email recipients" quota. https://developers.google.com/apps-script/reference/mail/mail-app
// ("getRemainingDailyQuota: the number of recipients you can send emails to for the rest of the day … Quotas are
// based on the number of email recipients"). One message may have at most 50 recipients, to + cc + bcc
// (https://developers.google.com/apps-script/guides/services/quotas, "Current limitations": Email recipients per
// message, 50 / msg); Apps Script refuses a bigger one with "Limit Exceeded: Email Recipients Per Message.".
import { appsScriptError } from '../errors';
import type { Workspace } from '../workspace';

export interface SentEmail {
  from: string;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  htmlBody: string | null;
  name: string | null;
  replyTo: string | null;
  noReply: boolean;
  sentMs: number;
}

type MailOptions = GoogleAppsScript.Mail.MailAdvancedParameters;

const emailPattern = /^[^\s@<>,]+@[^\s@<>,]+\.[^\s@<>,]+$/;
export const recipientsPerMessageLimit = 50;

function outbox(ws: Workspace): SentEmail[] {
  return ws.slice<{ sent: SentEmail[] }>('mail', () => ({ sent: [] })).sent;
}

/** Every email sent so far, oldest first. */
export function sentEmails(ws: Workspace): SentEmail[] {
  return outbox(ws);
}

class EmulatedMailApp implements Pick<GoogleAppsScript.Mail.MailApp, 'sendEmail' | 'getRemainingDailyQuota'> {
  constructor(private readonly ws: Workspace) {}

  /** sendEmail(message), sendEmail(recipient, subject, body[, options]) or (to, replyTo, subject, body). */
  sendEmail(...args: unknown[]): void {
    const message = messageOf(args);
    const to = recipients(message.to);
    const cc = recipients(message.cc);
    const bcc = recipients(message.bcc);
    const all = [...to, ...cc, ...bcc];
    if (to.length === 0) throw appsScriptError('Failed to send email: no recipient');
    for (const address of all) if (!emailPattern.test(address)) throw appsScriptError(`Invalid email: ${address}`);
    if (all.length > recipientsPerMessageLimit) {
      throw appsScriptError('Limit Exceeded: Email Recipients Per Message.');
    }
    this.ws.meter.call('MailApp.sendEmail', 'emailRecipients', all.length);
    outbox(this.ws).push({
      from: this.ws.user.email,
      to,
      cc,
      bcc,
      subject: String(message.subject ?? ''),
      body: String(message.body ?? ''),
      htmlBody: message.htmlBody ?? null,
      name: message.name ?? null,
      replyTo: message.replyTo ?? null,
      noReply: message.noReply ?? false,
      sentMs: this.ws.clock.nowMs,
    });
  }

  getRemainingDailyQuota(): number {
    this.ws.meter.call('MailApp.getRemainingDailyQuota');
    return this.ws.meter.quotaRemaining('emailRecipients');
  }
}

function messageOf(args: unknown[]): MailOptions & { to?: string; subject?: string; body?: string } {
  if (args.length === 1 && typeof args[0] === 'object' && args[0] !== null) return args[0] as MailOptions;
  if (args.length === 4 && typeof args[3] === 'string') {
    const [to, replyTo, subject, body] = args as string[];
    return { to, replyTo, subject, body };
  }
  const [to, subject, body, options] = args as [string, string, string, MailOptions | undefined];
  return { ...options, to, subject, body };
}

function recipients(list: string | undefined): string[] {
  return (list ?? '')
    .split(',')
    .map((address) => address.trim())
    .filter(Boolean);
}

export function createMailApp(ws: Workspace): GoogleAppsScript.Mail.MailApp {
  return new EmulatedMailApp(ws) as unknown as GoogleAppsScript.Mail.MailApp;
}
