// What a card action returns: an ActionResponse (navigation, a notification toast, a link, a state change) or,
// for universal actions, a UniversalActionResponse that replaces the add-on's cards.
import { appsScriptError } from '../errors';
import { requireOpenLink, type OpenLinkBuilder } from './actions';
import { booleanArgument, Chainable, stringArgument } from './builder';
import {
  asBuilt,
  builtTypeOf,
  invalidArgument,
  type ActionResponseTree,
  type CardTree,
  type NavigationStep,
  type UniversalActionResponseTree,
} from './tree';

type Navigation = GoogleAppsScript.Card_Service.Navigation;
type Notification = GoogleAppsScript.Card_Service.Notification;
type GoogleActionResponseBuilder = GoogleAppsScript.Card_Service.ActionResponseBuilder;
type GoogleUniversalActionResponseBuilder = GoogleAppsScript.Card_Service.UniversalActionResponseBuilder;

function requireCard(value: unknown, argument: string): CardTree {
  if (builtTypeOf(value) === 'Card') return value as CardTree;
  throw invalidArgument(argument, 'Expected a Card returned by CardBuilder.build().');
}

/** The card-stack operations, applied by the client in the order they were added. */
export class NavigationBuilder
  extends Chainable<Navigation>
  implements Pick<Navigation, 'pushCard' | 'popCard' | 'popToRoot' | 'updateCard' | 'popToNamedCard' | 'printJson'>
{
  private readonly steps: NavigationStep[] = [];

  pushCard(card: GoogleAppsScript.Card_Service.Card): Navigation {
    this.steps.push({ op: 'pushCard', card: requireCard(card, 'card') });
    return this.chain;
  }

  updateCard(card: GoogleAppsScript.Card_Service.Card): Navigation {
    this.steps.push({ op: 'updateCard', card: requireCard(card, 'card') });
    return this.chain;
  }

  popCard(): Navigation {
    this.steps.push({ op: 'popCard' });
    return this.chain;
  }

  popToRoot(): Navigation {
    this.steps.push({ op: 'popToRoot' });
    return this.chain;
  }

  popToNamedCard(cardName: string): Navigation {
    this.steps.push({ op: 'popToNamedCard', name: stringArgument(cardName, 'cardName') });
    return this.chain;
  }

  printJson(): string {
    return JSON.stringify(this.steps, null, 2);
  }

  toSteps(): NavigationStep[] {
    return [...this.steps];
  }
}

export class NotificationBuilder extends Chainable<Notification> implements Pick<Notification, 'setText'> {
  private text?: string;

  setText(text: string): Notification {
    this.text = stringArgument(text, 'text');
    return this.chain;
  }

  toText(): string {
    if (!this.text) throw appsScriptError('A Notification must have text: call setText.');
    return this.text;
  }
}

export class ActionResponseBuilder
  extends Chainable<GoogleActionResponseBuilder>
  implements
    Pick<GoogleActionResponseBuilder, 'setNavigation' | 'setNotification' | 'setOpenLink' | 'setStateChanged' | 'build'>
{
  private navigation?: NavigationBuilder;
  private notification?: NotificationBuilder;
  private openLink?: OpenLinkBuilder;
  private stateChanged = false;

  setNavigation(navigation: Navigation): GoogleActionResponseBuilder {
    if (!(navigation instanceof NavigationBuilder)) throw invalidArgument('navigation');
    this.navigation = navigation;
    return this.chain;
  }

  setNotification(notification: Notification): GoogleActionResponseBuilder {
    if (!(notification instanceof NotificationBuilder)) throw invalidArgument('notification');
    this.notification = notification;
    return this.chain;
  }

  setOpenLink(openLink: GoogleAppsScript.Card_Service.OpenLink): GoogleActionResponseBuilder {
    this.openLink = requireOpenLink(openLink);
    return this.chain;
  }

  setStateChanged(stateChanged: boolean): GoogleActionResponseBuilder {
    this.stateChanged = booleanArgument(stateChanged);
    return this.chain;
  }

  /** "Builds the current action response and validates it" — a response that does nothing is invalid. */
  build(): GoogleAppsScript.Card_Service.ActionResponse {
    const tree: ActionResponseTree = {
      $type: 'ActionResponse',
      navigation: this.navigation?.toSteps() ?? [],
      stateChanged: this.stateChanged,
    };
    if (this.notification) tree.notification = this.notification.toText();
    if (this.openLink) tree.openLink = this.openLink.toOpenLinkTree();
    if (tree.navigation.length === 0 && !tree.notification && !tree.openLink && !tree.stateChanged) {
      throw appsScriptError('An ActionResponse must set a navigation, a notification, an open link or a state change.');
    }
    return asBuilt(tree) as unknown as GoogleAppsScript.Card_Service.ActionResponse;
  }
}

export class UniversalActionResponseBuilder
  extends Chainable<GoogleUniversalActionResponseBuilder>
  implements Pick<GoogleUniversalActionResponseBuilder, 'displayAddOnCards' | 'setOpenLink' | 'build'>
{
  private cards: CardTree[] = [];
  private openLink?: OpenLinkBuilder;

  displayAddOnCards(cardObjects: GoogleAppsScript.Card_Service.Card[]): GoogleUniversalActionResponseBuilder {
    if (!Array.isArray(cardObjects)) throw invalidArgument('cardObjects');
    this.cards = cardObjects.map((card) => requireCard(card, 'cardObjects'));
    return this.chain;
  }

  setOpenLink(openLink: GoogleAppsScript.Card_Service.OpenLink): GoogleUniversalActionResponseBuilder {
    this.openLink = requireOpenLink(openLink);
    return this.chain;
  }

  build(): GoogleAppsScript.Card_Service.UniversalActionResponse {
    if (this.cards.length === 0 && !this.openLink) {
      throw appsScriptError('A UniversalActionResponse must display cards or open a link.');
    }
    const tree: UniversalActionResponseTree = { $type: 'UniversalActionResponse', cards: [...this.cards] };
    if (this.openLink) tree.openLink = this.openLink.toOpenLinkTree();
    return asBuilt(tree) as unknown as GoogleAppsScript.Card_Service.UniversalActionResponse;
  }
}
