// The widgets whose values reach a callback as form inputs: TextInput, SelectionInput, DatePicker, and the
// Switch a DecoratedText carries.
import { appsScriptError } from '../errors';
import { requireAction, type ActionBuilder } from './actions';
import { booleanArgument, Chainable, stringArgument, WidgetBuilder } from './builder';
import { enumValue } from './enums';
import {
  invalidArgument,
  type ActionTree,
  type DatePickerTree,
  type SelectionInputTree,
  type SelectionItemTree,
  type SwitchTree,
  type TextInputTree,
} from './tree';

type Action = GoogleAppsScript.Card_Service.Action;
type TextInput = GoogleAppsScript.Card_Service.TextInput;
type SelectionInput = GoogleAppsScript.Card_Service.SelectionInput;
type Switch = GoogleAppsScript.Card_Service.Switch;
type DatePicker = GoogleAppsScript.Card_Service.DatePicker;

/** Every input reports its value under its field name, so a missing one loses the user's entry. */
function requireFieldName(widget: string, fieldName: string | undefined): string {
  if (!fieldName) throw appsScriptError(`A ${widget} must have a field name: call setFieldName.`);
  return fieldName;
}

function onChange(action: ActionBuilder | undefined): { onChangeAction?: ActionTree } {
  return action ? { onChangeAction: action.toActionTree() } : {};
}

export class TextInputBuilder
  extends WidgetBuilder<TextInput>
  implements
    Pick<TextInput, 'setFieldName' | 'setTitle' | 'setHint' | 'setValue' | 'setMultiline' | 'setOnChangeAction'>
{
  private fieldName?: string;
  private title?: string;
  private hint?: string;
  private value?: string;
  private multiline = false;
  private onChangeAction?: ActionBuilder;

  setFieldName(fieldName: string): TextInput {
    this.fieldName = stringArgument(fieldName, 'fieldName');
    return this.chain;
  }

  setTitle(title: string): TextInput {
    this.title = stringArgument(title, 'title');
    return this.chain;
  }

  setHint(hint: string): TextInput {
    this.hint = stringArgument(hint, 'hint');
    return this.chain;
  }

  setValue(value: string): TextInput {
    this.value = stringArgument(value, 'value');
    return this.chain;
  }

  setMultiline(multiline: boolean): TextInput {
    this.multiline = booleanArgument(multiline);
    return this.chain;
  }

  setOnChangeAction(action: Action): TextInput {
    this.onChangeAction = requireAction(action);
    return this.chain;
  }

  toWidgetTree(): TextInputTree {
    const tree: TextInputTree = {
      type: 'TextInput',
      fieldName: requireFieldName('TextInput', this.fieldName),
      multiline: this.multiline,
      ...onChange(this.onChangeAction),
    };
    if (this.title !== undefined) tree.title = this.title;
    if (this.hint !== undefined) tree.hint = this.hint;
    if (this.value !== undefined) tree.value = this.value;
    return tree;
  }
}

export class SelectionInputBuilder
  extends WidgetBuilder<SelectionInput>
  implements Pick<SelectionInput, 'setType' | 'setTitle' | 'setFieldName' | 'addItem' | 'setOnChangeAction'>
{
  private inputType = 'CHECK_BOX';
  private fieldName?: string;
  private title?: string;
  private readonly items: SelectionItemTree[] = [];
  private onChangeAction?: ActionBuilder;

  setType(type: GoogleAppsScript.Card_Service.SelectionInputType): SelectionInput {
    this.inputType = enumValue('SelectionInputType', type, 'type');
    return this.chain;
  }

  setTitle(title: string): SelectionInput {
    this.title = stringArgument(title, 'title');
    return this.chain;
  }

  setFieldName(fieldName: string): SelectionInput {
    this.fieldName = stringArgument(fieldName, 'fieldName');
    return this.chain;
  }

  /** Google types text and value as Object and reports both back as strings. */
  addItem(text: unknown, value: unknown, selected: boolean): SelectionInput {
    this.items.push({
      text: stringArgument(text, 'text'),
      value: stringArgument(value, 'value'),
      selected: booleanArgument(selected),
    });
    return this.chain;
  }

  setOnChangeAction(action: Action): SelectionInput {
    this.onChangeAction = requireAction(action);
    return this.chain;
  }

  toWidgetTree(): SelectionInputTree {
    const fieldName = requireFieldName('SelectionInput', this.fieldName);
    // A dropdown or radio group shows one choice; Google's client keeps only one selected.
    const single = this.inputType === 'DROPDOWN' || this.inputType === 'RADIO_BUTTON';
    if (single && this.items.filter((item) => item.selected).length > 1) {
      throw appsScriptError(`The ${this.inputType} SelectionInput "${fieldName}" has more than one item selected.`);
    }
    const tree: SelectionInputTree = {
      type: 'SelectionInput',
      inputType: this.inputType,
      fieldName,
      items: this.items.map((item) => ({ ...item })),
      ...onChange(this.onChangeAction),
    };
    if (this.title !== undefined) tree.title = this.title;
    return tree;
  }
}

export class SwitchBuilder
  extends Chainable<Switch>
  implements Pick<Switch, 'setFieldName' | 'setValue' | 'setSelected' | 'setControlType' | 'setOnChangeAction'>
{
  private fieldName?: string;
  private value = '';
  private selected = false;
  private controlType = 'SWITCH';
  private onChangeAction?: ActionBuilder;

  setFieldName(fieldName: string): Switch {
    this.fieldName = stringArgument(fieldName, 'fieldName');
    return this.chain;
  }

  setValue(value: string): Switch {
    this.value = stringArgument(value, 'value');
    return this.chain;
  }

  setSelected(selected: boolean): Switch {
    this.selected = booleanArgument(selected);
    return this.chain;
  }

  setControlType(type: GoogleAppsScript.Card_Service.SwitchControlType): Switch {
    this.controlType = enumValue('SwitchControlType', type, 'type');
    return this.chain;
  }

  setOnChangeAction(action: Action): Switch {
    this.onChangeAction = requireAction(action);
    return this.chain;
  }

  toSwitchTree(): SwitchTree {
    return {
      fieldName: requireFieldName('Switch', this.fieldName),
      value: this.value,
      selected: this.selected,
      controlType: this.controlType,
      ...onChange(this.onChangeAction),
    };
  }
}

export function requireSwitch(value: unknown): SwitchBuilder {
  if (value instanceof SwitchBuilder) return value;
  throw invalidArgument('switchToSet');
}

export class DatePickerBuilder
  extends WidgetBuilder<DatePicker>
  implements Pick<DatePicker, 'setFieldName' | 'setTitle' | 'setValueInMsSinceEpoch' | 'setOnChangeAction'>
{
  private fieldName?: string;
  private title?: string;
  private valueMsSinceEpoch?: number;
  private onChangeAction?: ActionBuilder;

  setFieldName(fieldName: string): DatePicker {
    this.fieldName = stringArgument(fieldName, 'fieldName');
    return this.chain;
  }

  setTitle(title: string): DatePicker {
    this.title = stringArgument(title, 'title');
    return this.chain;
  }

  /** Google accepts the milliseconds as a number or a numeric string. */
  setValueInMsSinceEpoch(valueMsEpoch: number | string): DatePicker {
    const ms = Number(valueMsEpoch);
    if (!Number.isFinite(ms)) throw invalidArgument('valueMsEpoch');
    this.valueMsSinceEpoch = ms;
    return this.chain;
  }

  setOnChangeAction(action: Action): DatePicker {
    this.onChangeAction = requireAction(action);
    return this.chain;
  }

  toWidgetTree(): DatePickerTree {
    const tree: DatePickerTree = {
      type: 'DatePicker',
      fieldName: requireFieldName('DatePicker', this.fieldName),
      ...onChange(this.onChangeAction),
    };
    if (this.title !== undefined) tree.title = this.title;
    if (this.valueMsSinceEpoch !== undefined) tree.valueMsSinceEpoch = this.valueMsSinceEpoch;
    return tree;
  }
}
