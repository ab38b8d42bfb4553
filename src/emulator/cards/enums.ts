// CardService's enums. Apps Script enum values print as their names, so the emulator uses the names themselves:
// a recorded tree then reads "FILLED", not an opaque number.
import { invalidArgument } from './tree';

function namedEnum<const Names extends readonly string[]>(names: Names): { readonly [N in Names[number]]: N } {
  return Object.freeze(Object.fromEntries(names.map((name) => [name, name]))) as { readonly [N in Names[number]]: N };
}

export const cardEnums = {
  TextButtonStyle: namedEnum(['OUTLINED', 'FILLED', 'FILLED_TONAL', 'BORDERLESS']),
  SelectionInputType: namedEnum(['CHECK_BOX', 'RADIO_BUTTON', 'DROPDOWN', 'SWITCH', 'MULTI_SELECT']),
  SwitchControlType: namedEnum(['SWITCH', 'CHECK_BOX']),
  ImageStyle: namedEnum(['SQUARE', 'CIRCLE']),
  ImageCropType: namedEnum(['SQUARE', 'CIRCLE', 'RECTANGLE_CUSTOM', 'RECTANGLE_4_3']),
  OpenAs: namedEnum(['FULL_SIZE', 'OVERLAY']),
  OnClose: namedEnum(['NOTHING', 'RELOAD', 'RELOAD_ADD_ON']),
  LoadIndicator: namedEnum(['SPINNER', 'NONE']),
  DisplayStyle: namedEnum(['PEEK', 'REPLACE']),
  Icon: namedEnum([
    'NONE',
    'AIRPLANE',
    'BOOKMARK',
    'BUS',
    'CAR',
    'CLOCK',
    'CONFIRMATION_NUMBER_ICON',
    'DOLLAR',
    'DESCRIPTION',
    'EMAIL',
    'EVENT_PERFORMER',
    'EVENT_SEAT',
    'FLIGHT_ARRIVAL',
    'FLIGHT_DEPARTURE',
    'HOTEL',
    'HOTEL_ROOM_TYPE',
    'INVITE',
    'MAP_PIN',
    'MEMBERSHIP',
    'MULTIPLE_PEOPLE',
    'OFFER',
    'PERSON',
    'PHONE',
    'RESTAURANT_ICON',
    'SHOPPING_CART',
    'STAR',
    'STORE',
    'TICKET',
    'TRAIN',
    'VIDEO_CAMERA',
    'VIDEO_PLAY',
  ]),
} as const;

export type CardEnumName = keyof typeof cardEnums;

/** The value's name if it belongs to the enum; a number or a value of another enum is rejected as Apps Script does. */
export function enumValue(enumName: CardEnumName, value: unknown, argument: string): string {
  const names: Record<string, string> = cardEnums[enumName];
  if (typeof value === 'string' && names[value] === value) return value;
  throw invalidArgument(argument, `Expected a CardService.${enumName} value, got ${String(value)}.`);
}
