// What the emulated CardService records: every built Card and ActionResponse is a JSON-plain tree that tests,
// the click helper and the HTML preview read. A built object carries `$type` so it is recognised by shape, not
// by class: the add-on runs in node:vm, and a check by class would break at the realm boundary.
import { appsScriptError } from '../errors';

export interface ActionTree {
  functionName: string;
  /** Google passes these to the callback as `e.commonEventObject.parameters` (and the legacy `e.parameters`). */
  parameters: Record<string, string>;
  loadIndicator: string;
  persistValues: boolean;
}

export interface OpenLinkTree {
  url: string;
  openAs: string;
  onClose: string;
}

/** What happens on a click: a callback, or a link the client opens without calling the script. */
export interface ClickTree {
  action?: ActionTree;
  openLink?: OpenLinkTree;
}

export interface IconTree {
  icon?: string;
  iconUrl?: string;
  altText?: string;
  imageCropType?: string;
}

export interface TextButtonTree extends ClickTree {
  type: 'TextButton';
  text: string;
  style: string;
  backgroundColor?: string;
  disabled: boolean;
}

export interface ImageButtonTree extends ClickTree {
  type: 'ImageButton';
  altText: string;
  icon?: string;
  iconUrl?: string;
}

export type ButtonTree = TextButtonTree | ImageButtonTree;

export interface SwitchTree {
  fieldName: string;
  value: string;
  selected: boolean;
  controlType: string;
  onChangeAction?: ActionTree;
}

export interface TextParagraphTree {
  type: 'TextParagraph';
  text: string;
}

/** Also what a KeyValue records: Google deprecated KeyValue for DecoratedText, which renders the same. */
export interface DecoratedTextTree extends ClickTree {
  type: 'DecoratedText';
  text: string;
  topLabel?: string;
  bottomLabel?: string;
  startIcon?: IconTree;
  endIcon?: IconTree;
  wrapText: boolean;
  button?: ButtonTree;
  switchControl?: SwitchTree;
}

export interface ButtonSetTree {
  type: 'ButtonSet';
  buttons: ButtonTree[];
}

export interface ImageTree extends ClickTree {
  type: 'Image';
  imageUrl: string;
  altText?: string;
}

export interface DividerTree {
  type: 'Divider';
}

export interface TextInputTree {
  type: 'TextInput';
  fieldName: string;
  title?: string;
  hint?: string;
  value?: string;
  multiline: boolean;
  onChangeAction?: ActionTree;
}

export interface SelectionItemTree {
  text: string;
  value: string;
  selected: boolean;
}

export interface SelectionInputTree {
  type: 'SelectionInput';
  inputType: string;
  fieldName: string;
  title?: string;
  items: SelectionItemTree[];
  onChangeAction?: ActionTree;
}

export interface DatePickerTree {
  type: 'DatePicker';
  fieldName: string;
  title?: string;
  valueMsSinceEpoch?: number;
  onChangeAction?: ActionTree;
}

export type WidgetTree =
  | TextParagraphTree
  | DecoratedTextTree
  | ButtonSetTree
  | TextButtonTree
  | ImageButtonTree
  | ImageTree
  | DividerTree
  | TextInputTree
  | SelectionInputTree
  | DatePickerTree;

export interface CardHeaderTree {
  title: string;
  subtitle?: string;
  imageUrl?: string;
  imageStyle: string;
  imageAltText?: string;
}

export interface CardSectionTree {
  header?: string;
  collapsible: boolean;
  numUncollapsibleWidgets?: number;
  widgets: WidgetTree[];
}

export interface CardActionTree extends ClickTree {
  text: string;
}

export interface FixedFooterTree {
  primaryButton: TextButtonTree;
  secondaryButton?: TextButtonTree;
}

export interface CardTree {
  $type: 'Card';
  name?: string;
  header?: CardHeaderTree;
  peekCardHeader?: CardHeaderTree;
  sections: CardSectionTree[];
  cardActions: CardActionTree[];
  fixedFooter?: FixedFooterTree;
  displayStyle: string;
}

export type NavigationStep =
  | { op: 'pushCard'; card: CardTree }
  | { op: 'updateCard'; card: CardTree }
  | { op: 'popCard' }
  | { op: 'popToRoot' }
  | { op: 'popToNamedCard'; name: string };

export interface ActionResponseTree {
  $type: 'ActionResponse';
  navigation: NavigationStep[];
  notification?: string;
  openLink?: OpenLinkTree;
  stateChanged: boolean;
}

export interface UniversalActionResponseTree {
  $type: 'UniversalActionResponse';
  cards: CardTree[];
  openLink?: OpenLinkTree;
}

export type BuiltTree = CardTree | ActionResponseTree | UniversalActionResponseTree;

/** Gives a recorded tree Google's `printJson()`, kept off the enumerable fields so the tree stays JSON-plain. */
export function asBuilt<T extends BuiltTree>(tree: T): T {
  Object.defineProperty(tree, 'printJson', { value: () => JSON.stringify(tree, null, 2), enumerable: false });
  return tree;
}

export function builtTypeOf(value: unknown): BuiltTree['$type'] | undefined {
  if (!value || typeof value !== 'object' || !('$type' in value)) return undefined;
  const type = (value as { $type: unknown }).$type;
  return type === 'Card' || type === 'ActionResponse' || type === 'UniversalActionResponse' ? type : undefined;
}

function describe(value: unknown): string {
  if (value === null || typeof value !== 'object') return String(value);
  return `an object with keys [${Object.keys(value).join(', ')}]`;
}

export function cardTreeOf(card: unknown): CardTree {
  if (builtTypeOf(card) !== 'Card') {
    throw new Error(`Expected a Card built by the emulated CardService, got ${describe(card)}`);
  }
  return card as CardTree;
}

export function actionResponseTreeOf(response: unknown): ActionResponseTree {
  if (builtTypeOf(response) !== 'ActionResponse') {
    throw new Error(`Expected an ActionResponse built by the emulated CardService, got ${describe(response)}`);
  }
  return response as ActionResponseTree;
}

export function universalActionResponseTreeOf(response: unknown): UniversalActionResponseTree {
  if (builtTypeOf(response) !== 'UniversalActionResponse') {
    throw new Error(`Expected a UniversalActionResponse built by the emulated CardService, got ${describe(response)}`);
  }
  return response as UniversalActionResponseTree;
}

/** Any built object, for helpers that accept a card or a response. */
export function builtTreeOf(value: unknown): BuiltTree {
  if (!builtTypeOf(value)) {
    throw new Error(`Expected a Card or ActionResponse built by the emulated CardService, got ${describe(value)}`);
  }
  return value as BuiltTree;
}

/** Apps Script's wording when a builder is handed an argument it cannot use. */
export function invalidArgument(name: string, detail?: string): Error {
  return appsScriptError(detail ? `Invalid argument: ${name}. ${detail}` : `Invalid argument: ${name}`);
}
