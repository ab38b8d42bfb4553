// Buttons and the places buttons live: TextButton, ImageButton, ButtonSet, FixedFooter and the card's own menu
// items (CardAction).
import { appsScriptError } from '../errors';
import { ClickBehaviour } from './actions';
import { booleanArgument, Chainable, stringArgument, WidgetBuilder } from './builder';
import { enumValue } from './enums';
import {
  invalidArgument,
  type ButtonTree,
  type CardActionTree,
  type FixedFooterTree,
  type ImageButtonTree,
  type TextButtonTree,
} from './tree';

type Action = GoogleAppsScript.Card_Service.Action;
type OpenLink = GoogleAppsScript.Card_Service.OpenLink;
type TextButton = GoogleAppsScript.Card_Service.TextButton;
type ImageButton = GoogleAppsScript.Card_Service.ImageButton;
type ButtonSet = GoogleAppsScript.Card_Service.ButtonSet;
type FixedFooter = GoogleAppsScript.Card_Service.FixedFooter;
type CardAction = GoogleAppsScript.Card_Service.CardAction;

export abstract class ButtonBuilder<GoogleInterface> extends WidgetBuilder<GoogleInterface> {
  abstract toButtonTree(): ButtonTree;

  toWidgetTree(): ButtonTree {
    return this.toButtonTree();
  }
}

export function requireButton(value: unknown, argument = 'button'): ButtonBuilder<unknown> {
  if (value instanceof ButtonBuilder) return value;
  throw invalidArgument(argument);
}

export class TextButtonBuilder
  extends ButtonBuilder<TextButton>
  implements
    Pick<
      TextButton,
      'setText' | 'setOnClickAction' | 'setOpenLink' | 'setTextButtonStyle' | 'setBackgroundColor' | 'setDisabled'
    >
{
  private text?: string;
  private style = 'OUTLINED';
  private backgroundColor?: string;
  private disabled = false;
  private readonly click = new ClickBehaviour();

  setText(text: string): TextButton {
    this.text = stringArgument(text, 'text');
    return this.chain;
  }

  setOnClickAction(action: Action): TextButton {
    this.click.setAction(action);
    return this.chain;
  }

  setOpenLink(openLink: OpenLink): TextButton {
    this.click.setOpenLink(openLink);
    return this.chain;
  }

  setTextButtonStyle(textButtonStyle: GoogleAppsScript.Card_Service.TextButtonStyle): TextButton {
    this.style = enumValue('TextButtonStyle', textButtonStyle, 'textButtonStyle');
    return this.chain;
  }

  setBackgroundColor(backgroundColor: string): TextButton {
    this.backgroundColor = stringArgument(backgroundColor, 'backgroundColor');
    return this.chain;
  }

  setDisabled(disabled: boolean): TextButton {
    this.disabled = booleanArgument(disabled);
    return this.chain;
  }

  toButtonTree(): TextButtonTree {
    if (!this.text) throw appsScriptError('A TextButton must have text: call setText.');
    const click = this.click.toClickTree('TextButton');
    if (!click.action && !click.openLink && !this.disabled) {
      throw appsScriptError(`The TextButton "${this.text}" must have an onClick action or an open link.`);
    }
    const tree: TextButtonTree = {
      type: 'TextButton',
      text: this.text,
      style: this.style,
      disabled: this.disabled,
      ...click,
    };
    if (this.backgroundColor !== undefined) tree.backgroundColor = this.backgroundColor;
    return tree;
  }
}

export class ImageButtonBuilder
  extends ButtonBuilder<ImageButton>
  implements Pick<ImageButton, 'setAltText' | 'setIcon' | 'setIconUrl' | 'setOnClickAction' | 'setOpenLink'>
{
  private altText = '';
  private icon?: string;
  private iconUrl?: string;
  private readonly click = new ClickBehaviour();

  setAltText(altText: string): ImageButton {
    this.altText = stringArgument(altText, 'altText');
    return this.chain;
  }

  setIcon(icon: GoogleAppsScript.Card_Service.Icon): ImageButton {
    this.icon = enumValue('Icon', icon, 'icon');
    return this.chain;
  }

  setIconUrl(url: string): ImageButton {
    this.iconUrl = stringArgument(url, 'url');
    return this.chain;
  }

  setOnClickAction(action: Action): ImageButton {
    this.click.setAction(action);
    return this.chain;
  }

  setOpenLink(openLink: OpenLink): ImageButton {
    this.click.setOpenLink(openLink);
    return this.chain;
  }

  toButtonTree(): ImageButtonTree {
    if (!this.icon && !this.iconUrl)
      throw appsScriptError('An ImageButton must have an icon: call setIcon or setIconUrl.');
    const click = this.click.toClickTree('ImageButton');
    if (!click.action && !click.openLink) {
      throw appsScriptError(`The ImageButton "${this.altText}" must have an onClick action or an open link.`);
    }
    const tree: ImageButtonTree = { type: 'ImageButton', altText: this.altText, ...click };
    if (this.icon) tree.icon = this.icon;
    if (this.iconUrl) tree.iconUrl = this.iconUrl;
    return tree;
  }
}

export class ButtonSetBuilder extends WidgetBuilder<ButtonSet> implements Pick<ButtonSet, 'addButton'> {
  private readonly buttons: ButtonBuilder<unknown>[] = [];

  addButton(button: GoogleAppsScript.Card_Service.Button): ButtonSet {
    this.buttons.push(requireButton(button));
    return this.chain;
  }

  toWidgetTree(): { type: 'ButtonSet'; buttons: ButtonTree[] } {
    return { type: 'ButtonSet', buttons: this.buttons.map((b) => b.toButtonTree()) };
  }
}

function requireTextButton(value: unknown, argument: string): TextButtonBuilder {
  if (value instanceof TextButtonBuilder) return value;
  throw invalidArgument(argument);
}

export class FixedFooterBuilder
  extends Chainable<FixedFooter>
  implements Pick<FixedFooter, 'setPrimaryButton' | 'setSecondaryButton'>
{
  private primary?: TextButtonBuilder;
  private secondary?: TextButtonBuilder;

  setPrimaryButton(button: TextButton): FixedFooter {
    this.primary = requireTextButton(button, 'button');
    return this.chain;
  }

  setSecondaryButton(button: TextButton): FixedFooter {
    this.secondary = requireTextButton(button, 'button');
    return this.chain;
  }

  toFixedFooterTree(): FixedFooterTree {
    if (!this.primary) throw appsScriptError('A FixedFooter must have a primary button: call setPrimaryButton.');
    const tree: FixedFooterTree = { primaryButton: this.primary.toButtonTree() };
    if (this.secondary) tree.secondaryButton = this.secondary.toButtonTree();
    return tree;
  }
}

export function requireFixedFooter(value: unknown): FixedFooterBuilder {
  if (value instanceof FixedFooterBuilder) return value;
  throw invalidArgument('fixedFooter');
}

/** An item in the card's overflow menu. */
export class CardActionBuilder
  extends Chainable<CardAction>
  implements Pick<CardAction, 'setText' | 'setOnClickAction' | 'setOpenLink'>
{
  private text?: string;
  private readonly click = new ClickBehaviour();

  setText(text: string): CardAction {
    this.text = stringArgument(text, 'text');
    return this.chain;
  }

  setOnClickAction(action: Action): CardAction {
    this.click.setAction(action);
    return this.chain;
  }

  setOpenLink(openLink: OpenLink): CardAction {
    this.click.setOpenLink(openLink);
    return this.chain;
  }

  toCardActionTree(): CardActionTree {
    if (!this.text) throw appsScriptError('A CardAction must have text: call setText.');
    const click = this.click.toClickTree('CardAction');
    if (!click.action && !click.openLink) {
      throw appsScriptError(`The CardAction "${this.text}" must have an onClick action or an open link.`);
    }
    return { text: this.text, ...click };
  }
}

export function requireCardAction(value: unknown): CardActionBuilder {
  if (value instanceof CardActionBuilder) return value;
  throw invalidArgument('cardAction');
}
