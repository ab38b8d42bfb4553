// The emulated CardService. Its builders run in the script's own process in Apps Script too, so nothing here
// reaches Google or touches the meter; what a script builds is recorded as a plain tree (see ./tree).
import type { Workspace } from '../workspace';
import { ActionBuilder, OpenLinkBuilder } from './actions';
import {
  ButtonSetBuilder,
  CardActionBuilder,
  FixedFooterBuilder,
  ImageButtonBuilder,
  TextButtonBuilder,
} from './buttons';
import { CardBuilder, CardHeaderBuilder, CardSectionBuilder } from './card';
import {
  DecoratedTextBuilder,
  DividerBuilder,
  IconImageBuilder,
  ImageBuilder,
  KeyValueBuilder,
  TextParagraphBuilder,
} from './display-widgets';
import { cardEnums } from './enums';
import { DatePickerBuilder, SelectionInputBuilder, SwitchBuilder, TextInputBuilder } from './inputs';
import {
  ActionResponseBuilder,
  NavigationBuilder,
  NotificationBuilder,
  UniversalActionResponseBuilder,
} from './responses';

export * from './tree';

type GoogleCardService = GoogleAppsScript.Card_Service.CardService;

/**
 * Every emulated service is made from the workspace it serves; CardService keeps no state in it, because
 * built cards live only in the execution that built them.
 */
export function createCardService(_ws: Workspace): GoogleCardService {
  const service = {
    ...cardEnums,
    newCardBuilder: () => new CardBuilder(),
    newCardHeader: () => new CardHeaderBuilder(),
    newCardSection: () => new CardSectionBuilder(),
    newCardAction: () => new CardActionBuilder(),
    newFixedFooter: () => new FixedFooterBuilder(),
    newTextParagraph: () => new TextParagraphBuilder(),
    newDecoratedText: () => new DecoratedTextBuilder(),
    newKeyValue: () => new KeyValueBuilder(),
    newIconImage: () => new IconImageBuilder(),
    newImage: () => new ImageBuilder(),
    newDivider: () => new DividerBuilder(),
    newTextButton: () => new TextButtonBuilder(),
    newImageButton: () => new ImageButtonBuilder(),
    newButtonSet: () => new ButtonSetBuilder(),
    newTextInput: () => new TextInputBuilder(),
    newSelectionInput: () => new SelectionInputBuilder(),
    newSwitch: () => new SwitchBuilder(),
    newDatePicker: () => new DatePickerBuilder(),
    newAction: () => new ActionBuilder(),
    newOpenLink: () => new OpenLinkBuilder(),
    newNavigation: () => new NavigationBuilder(),
    newNotification: () => new NotificationBuilder(),
    newActionResponseBuilder: () => new ActionResponseBuilder(),
    newUniversalActionResponseBuilder: () => new UniversalActionResponseBuilder(),
  } satisfies { [Name in keyof GoogleCardService]?: unknown };
  return service as unknown as GoogleCardService;
}
