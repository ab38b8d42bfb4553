// The widgets that show things: TextParagraph, DecoratedText (and the deprecated KeyValue it replaced),
// IconImage, Image and Divider.
import { appsScriptError } from '../errors';
import { ClickBehaviour } from './actions';
import { booleanArgument, Chainable, stringArgument, WidgetBuilder } from './builder';
import { requireButton, type ButtonBuilder } from './buttons';
import { enumValue } from './enums';
import { requireSwitch, type SwitchBuilder } from './inputs';
import {
  invalidArgument,
  type DecoratedTextTree,
  type DividerTree,
  type IconTree,
  type ImageTree,
  type TextParagraphTree,
} from './tree';

type Action = GoogleAppsScript.Card_Service.Action;
type OpenLink = GoogleAppsScript.Card_Service.OpenLink;
type Icon = GoogleAppsScript.Card_Service.Icon;
type TextParagraph = GoogleAppsScript.Card_Service.TextParagraph;
type DecoratedText = GoogleAppsScript.Card_Service.DecoratedText;
type KeyValue = GoogleAppsScript.Card_Service.KeyValue;
type IconImage = GoogleAppsScript.Card_Service.IconImage;
type Image = GoogleAppsScript.Card_Service.Image;
type Divider = GoogleAppsScript.Card_Service.Divider;

export class TextParagraphBuilder extends WidgetBuilder<TextParagraph> implements Pick<TextParagraph, 'setText'> {
  private text?: string;

  setText(text: string): TextParagraph {
    this.text = stringArgument(text, 'text');
    return this.chain;
  }

  toWidgetTree(): TextParagraphTree {
    if (this.text === undefined) throw appsScriptError('A TextParagraph must have text: call setText.');
    return { type: 'TextParagraph', text: this.text };
  }
}

export class IconImageBuilder
  extends Chainable<IconImage>
  implements Pick<IconImage, 'setIcon' | 'setIconUrl' | 'setAltText' | 'setImageCropType'>
{
  private readonly tree: IconTree = {};

  setIcon(icon: Icon): IconImage {
    this.tree.icon = enumValue('Icon', icon, 'icon');
    return this.chain;
  }

  setIconUrl(url: string): IconImage {
    this.tree.iconUrl = stringArgument(url, 'url');
    return this.chain;
  }

  setAltText(altText: string): IconImage {
    this.tree.altText = stringArgument(altText, 'altText');
    return this.chain;
  }

  setImageCropType(imageCropType: GoogleAppsScript.Card_Service.ImageCropType): IconImage {
    this.tree.imageCropType = enumValue('ImageCropType', imageCropType, 'imageCropType');
    return this.chain;
  }

  toIconTree(): IconTree {
    if (!this.tree.icon && !this.tree.iconUrl) {
      throw appsScriptError('An IconImage must have an icon: call setIcon or setIconUrl.');
    }
    return { ...this.tree };
  }
}

function requireIconImage(value: unknown, argument: string): IconImageBuilder {
  if (value instanceof IconImageBuilder) return value;
  throw invalidArgument(argument);
}

/** The state DecoratedText and KeyValue share; each exposes it under its own method names. */
class DecoratedTextState {
  text?: string;
  topLabel?: string;
  bottomLabel?: string;
  startIcon?: IconImageBuilder;
  endIcon?: IconImageBuilder;
  wrapText = false;
  button?: ButtonBuilder<unknown>;
  switchControl?: SwitchBuilder;
  readonly click = new ClickBehaviour();

  toTree(widget: string): DecoratedTextTree {
    if (this.text === undefined) throw appsScriptError(`A ${widget} must have text: call setText.`);
    // The control at the end of the row is a button or a switch, never both.
    if (this.button && this.switchControl) {
      throw appsScriptError(`A ${widget} can have a button or a switch, not both.`);
    }
    const tree: DecoratedTextTree = {
      type: 'DecoratedText',
      text: this.text,
      wrapText: this.wrapText,
      ...this.click.toClickTree(widget),
    };
    if (this.topLabel !== undefined) tree.topLabel = this.topLabel;
    if (this.bottomLabel !== undefined) tree.bottomLabel = this.bottomLabel;
    if (this.startIcon) tree.startIcon = this.startIcon.toIconTree();
    if (this.endIcon) tree.endIcon = this.endIcon.toIconTree();
    if (this.button) tree.button = this.button.toButtonTree();
    if (this.switchControl) tree.switchControl = this.switchControl.toSwitchTree();
    return tree;
  }
}

export class DecoratedTextBuilder
  extends WidgetBuilder<DecoratedText>
  implements
    Pick<
      DecoratedText,
      | 'setText'
      | 'setTopLabel'
      | 'setBottomLabel'
      | 'setStartIcon'
      | 'setEndIcon'
      | 'setWrapText'
      | 'setButton'
      | 'setOnClickAction'
      | 'setOpenLink'
      | 'setSwitchControl'
    >
{
  private readonly state = new DecoratedTextState();

  setText(text: string): DecoratedText {
    this.state.text = stringArgument(text, 'text');
    return this.chain;
  }

  setTopLabel(text: string): DecoratedText {
    this.state.topLabel = stringArgument(text, 'text');
    return this.chain;
  }

  setBottomLabel(text: string): DecoratedText {
    this.state.bottomLabel = stringArgument(text, 'text');
    return this.chain;
  }

  setStartIcon(startIcon: IconImage): DecoratedText {
    this.state.startIcon = requireIconImage(startIcon, 'startIcon');
    return this.chain;
  }

  setEndIcon(endIcon: IconImage): DecoratedText {
    this.state.endIcon = requireIconImage(endIcon, 'endIcon');
    return this.chain;
  }

  setWrapText(wrapText: boolean): DecoratedText {
    this.state.wrapText = booleanArgument(wrapText);
    return this.chain;
  }

  setButton(button: GoogleAppsScript.Card_Service.Button): DecoratedText {
    this.state.button = requireButton(button);
    return this.chain;
  }

  setOnClickAction(action: Action): DecoratedText {
    this.state.click.setAction(action);
    return this.chain;
  }

  setOpenLink(openLink: OpenLink): DecoratedText {
    this.state.click.setOpenLink(openLink);
    return this.chain;
  }

  setSwitchControl(switchToSet: GoogleAppsScript.Card_Service.Switch): DecoratedText {
    this.state.switchControl = requireSwitch(switchToSet);
    return this.chain;
  }

  toWidgetTree(): DecoratedTextTree {
    return this.state.toTree('DecoratedText');
  }
}

export class KeyValueBuilder
  extends WidgetBuilder<KeyValue>
  implements
    Pick<
      KeyValue,
      | 'setContent'
      | 'setTopLabel'
      | 'setBottomLabel'
      | 'setIcon'
      | 'setIconUrl'
      | 'setMultiline'
      | 'setButton'
      | 'setOnClickAction'
      | 'setOpenLink'
      | 'setSwitch'
    >
{
  private readonly state = new DecoratedTextState();

  setContent(text: string): KeyValue {
    this.state.text = stringArgument(text, 'text');
    return this.chain;
  }

  setTopLabel(text: string): KeyValue {
    this.state.topLabel = stringArgument(text, 'text');
    return this.chain;
  }

  setBottomLabel(text: string): KeyValue {
    this.state.bottomLabel = stringArgument(text, 'text');
    return this.chain;
  }

  setIcon(icon: Icon): KeyValue {
    const startIcon = new IconImageBuilder();
    startIcon.setIcon(icon);
    this.state.startIcon = startIcon;
    return this.chain;
  }

  setIconUrl(url: string): KeyValue {
    const startIcon = new IconImageBuilder();
    startIcon.setIconUrl(url);
    this.state.startIcon = startIcon;
    return this.chain;
  }

  setMultiline(multiline: boolean): KeyValue {
    this.state.wrapText = booleanArgument(multiline);
    return this.chain;
  }

  setButton(button: GoogleAppsScript.Card_Service.Button): KeyValue {
    this.state.button = requireButton(button);
    return this.chain;
  }

  setOnClickAction(action: Action): KeyValue {
    this.state.click.setAction(action);
    return this.chain;
  }

  setOpenLink(openLink: OpenLink): KeyValue {
    this.state.click.setOpenLink(openLink);
    return this.chain;
  }

  setSwitch(switchToSet: GoogleAppsScript.Card_Service.Switch): KeyValue {
    this.state.switchControl = requireSwitch(switchToSet);
    return this.chain;
  }

  toWidgetTree(): DecoratedTextTree {
    return this.state.toTree('KeyValue');
  }
}

export class ImageBuilder
  extends WidgetBuilder<Image>
  implements Pick<Image, 'setImageUrl' | 'setAltText' | 'setOnClickAction' | 'setOpenLink'>
{
  private imageUrl?: string;
  private altText?: string;
  private readonly click = new ClickBehaviour();

  setImageUrl(url: string): Image {
    this.imageUrl = stringArgument(url, 'url');
    return this.chain;
  }

  setAltText(altText: string): Image {
    this.altText = stringArgument(altText, 'altText');
    return this.chain;
  }

  setOnClickAction(action: Action): Image {
    this.click.setAction(action);
    return this.chain;
  }

  setOpenLink(openLink: OpenLink): Image {
    this.click.setOpenLink(openLink);
    return this.chain;
  }

  toWidgetTree(): ImageTree {
    if (!this.imageUrl) throw appsScriptError('An Image must have an image URL: call setImageUrl.');
    const tree: ImageTree = { type: 'Image', imageUrl: this.imageUrl, ...this.click.toClickTree('Image') };
    if (this.altText !== undefined) tree.altText = this.altText;
    return tree;
  }
}

export class DividerBuilder extends WidgetBuilder<Divider> {
  toWidgetTree(): DividerTree {
    return { type: 'Divider' };
  }
}
