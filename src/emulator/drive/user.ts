// Drive's User: who holds a role on a file. The emulator knows people only by email, so the display name
// is the email's local part.
import { domainOf } from './sharing';

export class DriveUser implements Pick<GoogleAppsScript.Drive.User, 'getEmail' | 'getName' | 'getDomain'> {
  constructor(private readonly email: string) {}

  getEmail(): string {
    return this.email;
  }

  getName(): string {
    return this.email.slice(0, this.email.indexOf('@'));
  }

  getDomain(): string {
    return domainOf(this.email);
  }
}

/** The email behind an argument that Apps Script accepts as either an address or a User. */
export function emailOf(user: string | GoogleAppsScript.Base.User): string {
  return typeof user === 'string' ? user : user.getEmail();
}
