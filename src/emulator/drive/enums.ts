// DriveApp.Access and DriveApp.Permission.
// https://developers.google.com/apps-script/reference/drive/access
// https://developers.google.com/apps-script/reference/drive/permission
import type { Role, SharingAccess } from '../workspace';
import { namedEnum } from './named-enum';

export const Access = namedEnum(['ANYONE', 'ANYONE_WITH_LINK', 'DOMAIN', 'DOMAIN_WITH_LINK', 'PRIVATE']);
export const Permission = namedEnum(['VIEW', 'EDIT', 'COMMENT', 'OWNER', 'ORGANIZER', 'FILE_ORGANIZER', 'NONE']);

export type PermissionName = keyof typeof Permission;

/** The role that general access grants for each Permission setSharing accepts. */
export const roleForPermission: Partial<Record<PermissionName, Role>> = {
  VIEW: 'reader',
  COMMENT: 'commenter',
  EDIT: 'writer',
};

export const permissionForRole: Record<Role, PermissionName> = {
  reader: 'VIEW',
  commenter: 'COMMENT',
  writer: 'EDIT',
  owner: 'OWNER',
};

export function isSharingAccess(value: string): value is SharingAccess {
  return value in Access;
}
