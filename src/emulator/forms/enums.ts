// FormApp's enums, as their names (see ../drive/named-enum.ts).
// https://developers.google.com/apps-script/reference/forms/form-app#properties
import { namedEnum } from '../drive/named-enum';

export const ItemType = namedEnum([
  'CHECKBOX',
  'CHECKBOX_GRID',
  'DATE',
  'DATETIME',
  'DURATION',
  'GRID',
  'IMAGE',
  'LIST',
  'MULTIPLE_CHOICE',
  'PAGE_BREAK',
  'PARAGRAPH_TEXT',
  'RATING',
  'SCALE',
  'SECTION_HEADER',
  'TEXT',
  'TIME',
  'VIDEO',
  'FILE_UPLOAD',
]);

// https://developers.google.com/apps-script/reference/forms/email-collection-type
export const EmailCollectionType = namedEnum(['DO_NOT_COLLECT', 'VERIFIED', 'RESPONDER_INPUT']);

export const DestinationType = namedEnum(['SPREADSHEET']);

export type ItemTypeName = keyof typeof ItemType;
export type EmailCollectionName = keyof typeof EmailCollectionType;
