// The base User (Session.getActiveUser(), Protection.getEditors()): only an email address.
// https://developers.google.com/apps-script/reference/base/user
// A User prints as its email: gas-fakes' test/testsession.js, written to pass on live Apps Script, expects
// Session.getActiveUser().toString() to be the address (github.com/brucemcpherson/gas-fakes).
export class BaseUser implements Pick<GoogleAppsScript.Base.User, 'getEmail'> {
  constructor(private readonly email: string) {}

  getEmail(): string {
    return this.email;
  }

  toString(): string {
    return this.email;
  }
}

export function baseUser(email: string): GoogleAppsScript.Base.User {
  return new BaseUser(email) as unknown as GoogleAppsScript.Base.User;
}
