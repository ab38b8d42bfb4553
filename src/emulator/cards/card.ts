// A card: its header, sections of widgets, overflow-menu actions and fixed footer. `build()` validates the
// whole tree at once, as CardBuilder.build does ("Builds the current card and validates it",
// developers.google.com/apps-script/reference/card-service/card-builder#build()).
import { appsScriptError } from '../errors';
import {
  booleanArgument,
  Chainable,
  integerArgument,
  requireWidget,
  stringArgument,
  type WidgetBuilder,
} from './builder';
import { requireCardAction, requireFixedFooter, type CardActionBuilder, type FixedFooterBuilder } from './buttons';
import { enumValue } from './enums';
import { asBuilt, invalidArgument, type CardHeaderTree, type CardSectionTree, type CardTree } from './tree';

type GoogleCardBuilder = GoogleAppsScript.Card_Service.CardBuilder;

// https://developers.google.com/apps-script/reference/card-service/card-builder#addSection(CardSection)
export const maxSectionsPerCard = 100;
// https://developers.google.com/apps-script/reference/card-service/card-section#addWidget(Widget)
export const maxWidgetsPerSection = 100;
type CardHeader = GoogleAppsScript.Card_Service.CardHeader;
type CardSection = GoogleAppsScript.Card_Service.CardSection;

export class CardHeaderBuilder
  extends Chainable<CardHeader>
  implements Pick<CardHeader, 'setTitle' | 'setSubtitle' | 'setImageUrl' | 'setImageStyle' | 'setImageAltText'>
{
  private title?: string;
  private subtitle?: string;
  private imageUrl?: string;
  private imageStyle = 'SQUARE';
  private imageAltText?: string;

  setTitle(title: string): CardHeader {
    this.title = stringArgument(title, 'title');
    return this.chain;
  }

  setSubtitle(subtitle: string): CardHeader {
    this.subtitle = stringArgument(subtitle, 'subtitle');
    return this.chain;
  }

  setImageUrl(imageUrl: string): CardHeader {
    this.imageUrl = stringArgument(imageUrl, 'imageUrl');
    return this.chain;
  }

  setImageStyle(imageStyle: GoogleAppsScript.Card_Service.ImageStyle): CardHeader {
    this.imageStyle = enumValue('ImageStyle', imageStyle, 'imageStyle');
    return this.chain;
  }

  setImageAltText(imageAltText: string): CardHeader {
    this.imageAltText = stringArgument(imageAltText, 'imageAltText');
    return this.chain;
  }

  toHeaderTree(): CardHeaderTree {
    if (!this.title) throw appsScriptError('A CardHeader must have a title: call setTitle.');
    const tree: CardHeaderTree = { title: this.title, imageStyle: this.imageStyle };
    if (this.subtitle !== undefined) tree.subtitle = this.subtitle;
    if (this.imageUrl !== undefined) tree.imageUrl = this.imageUrl;
    if (this.imageAltText !== undefined) tree.imageAltText = this.imageAltText;
    return tree;
  }
}

function requireHeader(value: unknown, argument: string): CardHeaderBuilder {
  if (value instanceof CardHeaderBuilder) return value;
  throw invalidArgument(argument);
}

export class CardSectionBuilder
  extends Chainable<CardSection>
  implements Pick<CardSection, 'setHeader' | 'addWidget' | 'setCollapsible' | 'setNumUncollapsibleWidgets'>
{
  private header?: string;
  private collapsible = false;
  private numUncollapsibleWidgets?: number;
  private readonly widgets: WidgetBuilder<unknown>[] = [];

  setHeader(header: string): CardSection {
    this.header = stringArgument(header, 'header');
    return this.chain;
  }

  addWidget(widget: GoogleAppsScript.Card_Service.Widget): CardSection {
    this.widgets.push(requireWidget(widget, 'widget'));
    return this.chain;
  }

  setCollapsible(collapsible: boolean): CardSection {
    this.collapsible = booleanArgument(collapsible);
    return this.chain;
  }

  setNumUncollapsibleWidgets(numUncollapsibleWidgets: number): CardSection {
    this.numUncollapsibleWidgets = integerArgument(numUncollapsibleWidgets, 'numUncollapsibleWidgets');
    return this.chain;
  }

  toSectionTree(): CardSectionTree {
    if (this.widgets.length === 0) {
      throw appsScriptError(`A CardSection must have at least one widget${this.header ? ` ("${this.header}")` : ''}.`);
    }
    // "You can't add more than 100 widgets to a card section" (reference, CardSection#addWidget(Widget)). Whether
    // Apps Script refuses the 101st at addWidget or at build is unconfirmed; refusing at build fails either way.
    if (this.widgets.length > maxWidgetsPerSection) {
      throw appsScriptError(
        `A CardSection cannot hold more than ${maxWidgetsPerSection} widgets; this one has ${this.widgets.length}.`,
      );
    }
    const tree: CardSectionTree = {
      collapsible: this.collapsible,
      widgets: this.widgets.map((widget) => widget.toWidgetTree()),
    };
    if (this.header !== undefined) tree.header = this.header;
    if (this.numUncollapsibleWidgets !== undefined) tree.numUncollapsibleWidgets = this.numUncollapsibleWidgets;
    return tree;
  }
}

function requireSection(value: unknown): CardSectionBuilder {
  if (value instanceof CardSectionBuilder) return value;
  throw invalidArgument('section');
}

export class CardBuilder
  extends Chainable<GoogleCardBuilder>
  implements
    Pick<
      GoogleCardBuilder,
      | 'setHeader'
      | 'addSection'
      | 'setFixedFooter'
      | 'setName'
      | 'addCardAction'
      | 'setDisplayStyle'
      | 'setPeekCardHeader'
      | 'build'
    >
{
  private header?: CardHeaderBuilder;
  private peekCardHeader?: CardHeaderBuilder;
  private name?: string;
  private displayStyle = 'REPLACE';
  private fixedFooter?: FixedFooterBuilder;
  private readonly sections: CardSectionBuilder[] = [];
  private readonly cardActions: CardActionBuilder[] = [];

  setHeader(cardHeader: CardHeader): GoogleCardBuilder {
    this.header = requireHeader(cardHeader, 'cardHeader');
    return this.chain;
  }

  setPeekCardHeader(peekCardHeader: CardHeader): GoogleCardBuilder {
    this.peekCardHeader = requireHeader(peekCardHeader, 'peekCardHeader');
    return this.chain;
  }

  addSection(section: CardSection): GoogleCardBuilder {
    this.sections.push(requireSection(section));
    return this.chain;
  }

  setFixedFooter(fixedFooter: GoogleAppsScript.Card_Service.FixedFooter): GoogleCardBuilder {
    this.fixedFooter = requireFixedFooter(fixedFooter);
    return this.chain;
  }

  setName(name: string): GoogleCardBuilder {
    this.name = stringArgument(name, 'name');
    return this.chain;
  }

  addCardAction(cardAction: GoogleAppsScript.Card_Service.CardAction): GoogleCardBuilder {
    this.cardActions.push(requireCardAction(cardAction));
    return this.chain;
  }

  setDisplayStyle(displayStyle: GoogleAppsScript.Card_Service.DisplayStyle): GoogleCardBuilder {
    this.displayStyle = enumValue('DisplayStyle', displayStyle, 'displayStyle');
    return this.chain;
  }

  build(): GoogleAppsScript.Card_Service.Card {
    return asBuilt(this.toCardTree()) as unknown as GoogleAppsScript.Card_Service.Card;
  }

  private toCardTree(): CardTree {
    if (this.sections.length === 0) throw appsScriptError('A card must have at least one section: call addSection.');
    // "You can't add more than 100 sections to a card" (reference, CardBuilder#addSection(CardSection)).
    if (this.sections.length > maxSectionsPerCard) {
      throw appsScriptError(
        `A card cannot hold more than ${maxSectionsPerCard} sections; this one has ${this.sections.length}.`,
      );
    }
    const tree: CardTree = {
      $type: 'Card',
      sections: this.sections.map((section) => section.toSectionTree()),
      cardActions: this.cardActions.map((action) => action.toCardActionTree()),
      displayStyle: this.displayStyle,
    };
    if (this.name !== undefined) tree.name = this.name;
    if (this.header) tree.header = this.header.toHeaderTree();
    if (this.peekCardHeader) tree.peekCardHeader = this.peekCardHeader.toHeaderTree();
    if (this.fixedFooter) tree.fixedFooter = this.fixedFooter.toFixedFooterTree();
    return tree;
  }
}
