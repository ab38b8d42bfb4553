// How tests and the demo use a card the way a person would: read its text, find a button by its label, and
// "click" it — which yields the callback's name and the event object Google would pass to it
// (developers.google.com/workspace/add-ons/concepts/event-objects).
import type { Workspace } from '../workspace';
import { formattedTextToPlain } from './formatted-text';
import { builtTreeOf, type CardTree, type ClickTree, type OpenLinkTree, type WidgetTree } from './tree';

export interface FoundButton {
  /** The label a user reads: a button's text, an image button's alt text, or clickable text. */
  text: string;
  kind: 'TextButton' | 'ImageButton' | 'CardAction' | 'DecoratedText' | 'Image';
  /** The callback a click runs; absent when the button only opens a link. */
  functionName?: string;
  parameters: Record<string, string>;
  openLink?: OpenLinkTree;
  disabled: boolean;
}

export interface ClickOptions {
  /** What the user typed or chose, by field name; a date picker takes an ISO date or milliseconds. */
  formInputs?: Record<string, string | string[]>;
  /** The host the card is shown in: SHEETS, DOCS, CALENDAR, GMAIL, DRIVE or SLIDES. Default SHEETS. */
  hostApp?: string;
  /** Picks among buttons sharing a label (e.g. "Open" on every row) by their action parameters. */
  where?: Record<string, string>;
  /** Supplies the user's time zone and the clock for `timeZone.offset`. */
  workspace?: Workspace;
  userLocale?: string;
  /** Merged over the event, e.g. a host object such as `{ calendar: {…} }`. */
  extra?: object;
}

export interface StringFormInput {
  stringInputs: { value: string[] };
}

export interface DateFormInput {
  dateInput: { msSinceEpoch: number };
}

export type FormInput = StringFormInput | DateFormInput;

export interface ActionEvent {
  commonEventObject: {
    hostApp: string;
    platform: 'WEB';
    userLocale: string;
    timeZone: { id: string; offset: number };
    parameters?: Record<string, string>;
    formInputs?: Record<string, FormInput>;
  };
  /** The fields from before commonEventObject, which older callback code still reads. */
  parameters: Record<string, string>;
  formInput: Record<string, string>;
  formInputs: Record<string, string[]>;
  clientPlatform: 'web';
  userLocale: string;
  userTimezone: { id: string; offSet: string };
  [hostField: string]: unknown;
}

export interface Click {
  functionName: string;
  event: ActionEvent;
}

/** The cards a value shows: a card itself, the cards a navigation pushes or updates, or universal-action cards. */
export function cardsOf(cardOrResponse: unknown): CardTree[] {
  const tree = builtTreeOf(cardOrResponse);
  if (tree.$type === 'Card') return [tree];
  if (tree.$type === 'UniversalActionResponse') return tree.cards;
  return tree.navigation.flatMap((step) => (step.op === 'pushCard' || step.op === 'updateCard' ? [step.card] : []));
}

export function notificationText(response: unknown): string | undefined {
  const tree = builtTreeOf(response);
  return tree.$type === 'ActionResponse' ? tree.notification : undefined;
}

interface Located {
  button: FoundButton;
  card: CardTree;
}

function found(text: string, kind: FoundButton['kind'], click: ClickTree, disabled = false): FoundButton {
  const button: FoundButton = {
    text,
    kind,
    parameters: { ...(click.action?.parameters ?? {}) },
    disabled,
  };
  if (click.action) button.functionName = click.action.functionName;
  if (click.openLink) button.openLink = click.openLink;
  return button;
}

function widgetButtons(widget: WidgetTree): FoundButton[] {
  switch (widget.type) {
    case 'TextButton':
      return [found(widget.text, 'TextButton', widget, widget.disabled)];
    case 'ImageButton':
      return [found(widget.altText, 'ImageButton', widget)];
    case 'ButtonSet':
      return widget.buttons.flatMap(widgetButtons);
    case 'DecoratedText': {
      const own =
        widget.action || widget.openLink ? [found(formattedTextToPlain(widget.text), 'DecoratedText', widget)] : [];
      return widget.button ? [...own, ...widgetButtons(widget.button)] : own;
    }
    case 'Image':
      return widget.action || widget.openLink ? [found(widget.altText ?? widget.imageUrl, 'Image', widget)] : [];
    default:
      return [];
  }
}

function locateButtons(cardOrResponse: unknown): Located[] {
  return cardsOf(cardOrResponse).flatMap((card) => {
    const buttons = [
      ...card.cardActions.map((action) => found(action.text, 'CardAction', action)),
      ...card.sections.flatMap((section) => section.widgets.flatMap(widgetButtons)),
      ...(card.fixedFooter ? [card.fixedFooter.primaryButton, card.fixedFooter.secondaryButton] : [])
        .filter((button) => button !== undefined)
        .flatMap(widgetButtons),
    ];
    return buttons.map((button) => ({ button, card }));
  });
}

/** Every button, clickable text and card-menu item, in the order they appear. */
export function findButtons(cardOrResponse: unknown): FoundButton[] {
  return locateButtons(cardOrResponse).map((located) => located.button);
}

function describeButtons(buttons: FoundButton[]): string {
  if (buttons.length === 0) return 'there are no buttons';
  return buttons
    .map((b) => `"${b.text}"${Object.keys(b.parameters).length ? ` ${JSON.stringify(b.parameters)}` : ''}`)
    .join(', ');
}

function pickButton(cardOrResponse: unknown, text: string, where?: Record<string, string>): Located {
  const all = locateButtons(cardOrResponse);
  let matches = all.filter((located) => located.button.text.trim() === text);
  if (where) {
    matches = matches.filter((located) =>
      Object.entries(where).every(([key, value]) => located.button.parameters[key] === value),
    );
  }
  if (matches.length === 1) return matches[0];
  const present = describeButtons(all.map((located) => located.button));
  const wanted = `"${text}"${where ? ` with parameters ${JSON.stringify(where)}` : ''}`;
  if (matches.length === 0) throw new Error(`No button ${wanted} on the card; buttons present: ${present}`);
  throw new Error(`${matches.length} buttons match ${wanted}; pass options.where to choose. Buttons: ${present}`);
}

interface InputField {
  kind: 'string' | 'date';
  /** What the field holds before the user changes it; absent when Google would send nothing for it. */
  initial?: FormInput;
}

function stringInput(values: string[]): StringFormInput {
  return { stringInputs: { value: values } };
}

/**
 * The card's inputs and the values they start with. Google reports an input only when it has a value: an empty
 * text field, a selection with nothing chosen or an unset switch is absent from formInputs.
 */
function inputFields(card: CardTree): Map<string, InputField> {
  const fields = new Map<string, InputField>();
  for (const widget of card.sections.flatMap((section) => section.widgets)) {
    if (widget.type === 'TextInput') {
      fields.set(widget.fieldName, { kind: 'string', initial: widget.value ? stringInput([widget.value]) : undefined });
    } else if (widget.type === 'SelectionInput') {
      const chosen = widget.items.filter((item) => item.selected).map((item) => item.value);
      fields.set(widget.fieldName, { kind: 'string', initial: chosen.length ? stringInput(chosen) : undefined });
    } else if (widget.type === 'DatePicker') {
      const ms = widget.valueMsSinceEpoch;
      fields.set(widget.fieldName, {
        kind: 'date',
        initial: ms === undefined ? undefined : { dateInput: { msSinceEpoch: ms } },
      });
    } else if (widget.type === 'DecoratedText' && widget.switchControl) {
      const control = widget.switchControl;
      fields.set(control.fieldName, {
        kind: 'string',
        initial: control.selected ? stringInput([control.value]) : undefined,
      });
    }
  }
  return fields;
}

function dateInput(field: string, value: string): DateFormInput {
  const ms = /^-?\d+$/.test(value.trim()) ? Number(value) : Date.parse(value);
  if (!Number.isFinite(ms))
    throw new Error(`The date picker "${field}" needs an ISO date or milliseconds, got "${value}"`);
  return { dateInput: { msSinceEpoch: ms } };
}

function formInputsFor(card: CardTree, typed: Record<string, string | string[]>): Record<string, FormInput> {
  const fields = inputFields(card);
  const inputs: Record<string, FormInput> = {};
  for (const [name, field] of fields) if (field.initial) inputs[name] = field.initial;
  for (const [name, value] of Object.entries(typed)) {
    const field = fields.get(name);
    if (!field) {
      const names = [...fields.keys()].map((n) => `"${n}"`).join(', ') || 'none';
      throw new Error(`The card has no input named "${name}"; its inputs: ${names}`);
    }
    const values = Array.isArray(value) ? value : [value];
    inputs[name] = field.kind === 'date' ? dateInput(name, values[0] ?? '') : stringInput(values);
  }
  return inputs;
}

/** Milliseconds east of UTC for the zone at that moment, as Google reports `timeZone.offset`. */
function zoneOffsetMs(timeZone: string, at: Date): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return (match[1] === '-' ? -1 : 1) * minutes * 60 * 1000;
}

/**
 * Finds the button labelled `text` and returns what clicking it runs: the function name and an event object
 * shaped like Google's, carrying the button's parameters and the card's form inputs in both the
 * commonEventObject fields and the older top-level fields.
 */
export function clickButton(cardOrResponse: unknown, text: string, options: ClickOptions = {}): Click {
  const { button, card } = pickButton(cardOrResponse, text, options.where);
  if (button.disabled) throw new Error(`The button "${button.text}" is disabled; a user cannot click it`);
  if (!button.functionName) {
    throw new Error(`The button "${button.text}" opens ${button.openLink?.url ?? 'a link'}; it runs no function`);
  }
  const formInputs = formInputsFor(card, options.formInputs ?? {});
  const timeZoneId = options.workspace?.user.timeZone ?? 'America/New_York';
  const offset = zoneOffsetMs(timeZoneId, options.workspace?.now() ?? new Date());
  const userLocale = options.userLocale ?? 'en';

  const common: ActionEvent['commonEventObject'] = {
    hostApp: options.hostApp ?? 'SHEETS',
    platform: 'WEB',
    userLocale,
    timeZone: { id: timeZoneId, offset },
  };
  // Google leaves out parameters and formInputs when there are none.
  if (Object.keys(button.parameters).length > 0) common.parameters = { ...button.parameters };
  if (Object.keys(formInputs).length > 0) common.formInputs = formInputs;

  const legacyInputs: Record<string, string[]> = {};
  for (const [name, input] of Object.entries(formInputs)) {
    if ('stringInputs' in input) legacyInputs[name] = [...input.stringInputs.value];
  }
  const event: ActionEvent = {
    commonEventObject: common,
    parameters: { ...button.parameters },
    formInput: Object.fromEntries(Object.entries(legacyInputs).map(([name, values]) => [name, values[0]])),
    formInputs: legacyInputs,
    clientPlatform: 'web',
    userLocale,
    userTimezone: { id: timeZoneId, offSet: String(offset) },
  };
  const extra = (options.extra ?? {}) as Partial<ActionEvent>;
  return {
    functionName: button.functionName,
    event: { ...event, ...extra, commonEventObject: { ...common, ...extra.commonEventObject } },
  };
}

function widgetText(widget: WidgetTree): string[] {
  switch (widget.type) {
    case 'TextParagraph':
      return [formattedTextToPlain(widget.text)];
    case 'DecoratedText':
      return [widget.topLabel, widget.text, widget.bottomLabel, ...(widget.button ? widgetText(widget.button) : [])]
        .filter((text): text is string => text !== undefined)
        .map(formattedTextToPlain);
    case 'TextButton':
      return [widget.text];
    case 'ImageButton':
      return [widget.altText];
    case 'ButtonSet':
      return widget.buttons.flatMap(widgetText);
    case 'Image':
      return widget.altText ? [widget.altText] : [];
    case 'TextInput':
      return [widget.title, widget.value].filter((text): text is string => Boolean(text));
    case 'SelectionInput':
      return [widget.title, ...widget.items.map((item) => item.text)].filter((text): text is string => Boolean(text));
    case 'DatePicker':
      return widget.title ? [widget.title] : [];
    case 'Divider':
      return [];
  }
}

/** All visible text, one piece a line: headers, widget text and labels, buttons, and any notification. */
export function cardText(cardOrResponse: unknown): string {
  // Widget text is already plain (widgetText); headers are formatted text; each is decoded exactly once, so a
  // name typed as "&lt;" is not turned into "<".
  const plain = (text: string | undefined) => (text === undefined ? undefined : formattedTextToPlain(text));
  const lines = cardsOf(cardOrResponse).flatMap((card) => [
    plain(card.header?.title),
    plain(card.header?.subtitle),
    ...card.sections.flatMap((section) => [plain(section.header), ...section.widgets.flatMap(widgetText)]),
    ...(card.fixedFooter ? [card.fixedFooter.primaryButton.text, card.fixedFooter.secondaryButton?.text] : []),
    ...card.cardActions.map((action) => action.text),
  ]);
  lines.push(notificationText(cardOrResponse));
  return lines.filter((line): line is string => Boolean(line)).join('\n');
}
