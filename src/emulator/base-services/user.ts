// The base User (Session.getActiveUser(), Protection.getEditors()): only an email address.
// https://developers.google.com/apps-script/reference/base/user
export class BaseUser implements Pick<GoogleAppsScript.Base.User, 'getEmail'> {
  constructor(private readonly email: string) {}

  getEmail(): string {
    return this.email;
  }
}

export function baseUser(email: string): GoogleAppsScript.Base.User {
  return new BaseUser(email) as unknown as GoogleAppsScript.Base.User;
}
