// Action (a callback by function name) and OpenLink (a URL), and the one-click-behaviour rule every clickable
// widget shares.
import { appsScriptError } from '../errors';
import { booleanArgument, Chainable, stringArgument } from './builder';
import { enumValue } from './enums';
import { invalidArgument, type ActionTree, type ClickTree, type OpenLinkTree } from './tree';

type Action = GoogleAppsScript.Card_Service.Action;
type OpenLink = GoogleAppsScript.Card_Service.OpenLink;

export class ActionBuilder
  extends Chainable<Action>
  implements Pick<Action, 'setFunctionName' | 'setParameters' | 'setLoadIndicator' | 'setPersistValues'>
{
  private functionName?: string;
  private parameters: Record<string, string> = {};
  private loadIndicator = 'SPINNER';
  private persistValues = false;

  setFunctionName(functionName: string): Action {
    this.functionName = stringArgument(functionName, 'functionName');
    return this.chain;
  }

  /**
   * "Both the keys and values must be strings" (developers.google.com/apps-script/reference/card-service/action
   * #setParameters(Object)): the parameters travel to the callback as strings, so a number here is a bug that
   * would otherwise surface only when the callback compares it.
   */
  setParameters(parameters: { [key: string]: string }): Action {
    if (!parameters || typeof parameters !== 'object') throw invalidArgument('parameters');
    const copy: Record<string, string> = {};
    for (const [key, value] of Object.entries(parameters)) {
      if (typeof value !== 'string') {
        throw invalidArgument(
          'parameters',
          `Both the keys and values must be strings, but the value of "${key}" is ${value === null ? 'null' : typeof value}.`,
        );
      }
      copy[key] = value;
    }
    this.parameters = copy;
    return this.chain;
  }

  setLoadIndicator(loadIndicator: GoogleAppsScript.Card_Service.LoadIndicator): Action {
    this.loadIndicator = enumValue('LoadIndicator', loadIndicator, 'loadIndicator');
    return this.chain;
  }

  setPersistValues(persistValues: boolean): Action {
    this.persistValues = booleanArgument(persistValues);
    return this.chain;
  }

  toActionTree(): ActionTree {
    if (!this.functionName) throw appsScriptError('An Action must have a function name: call setFunctionName.');
    return {
      functionName: this.functionName,
      parameters: { ...this.parameters },
      loadIndicator: this.loadIndicator,
      persistValues: this.persistValues,
    };
  }
}

export class OpenLinkBuilder
  extends Chainable<OpenLink>
  implements Pick<OpenLink, 'setUrl' | 'setOpenAs' | 'setOnClose'>
{
  private url?: string;
  private openAs = 'FULL_SIZE';
  private onClose = 'NOTHING';

  setUrl(url: string): OpenLink {
    this.url = stringArgument(url, 'url');
    return this.chain;
  }

  setOpenAs(openAs: GoogleAppsScript.Card_Service.OpenAs): OpenLink {
    this.openAs = enumValue('OpenAs', openAs, 'openAs');
    return this.chain;
  }

  setOnClose(onClose: GoogleAppsScript.Card_Service.OnClose): OpenLink {
    this.onClose = enumValue('OnClose', onClose, 'onClose');
    return this.chain;
  }

  toOpenLinkTree(): OpenLinkTree {
    if (!this.url) throw appsScriptError('An OpenLink must have a URL: call setUrl.');
    return { url: this.url, openAs: this.openAs, onClose: this.onClose };
  }
}

export function requireAction(value: unknown, argument = 'action'): ActionBuilder {
  if (value instanceof ActionBuilder) return value;
  throw invalidArgument(argument);
}

export function requireOpenLink(value: unknown): OpenLinkBuilder {
  if (value instanceof OpenLinkBuilder) return value;
  throw invalidArgument('openLink');
}

/**
 * The click behaviour of a button, clickable text, image or card action. "A UI object can only have one of
 * setOpenLink(openLink), setOnClickAction(action), … set" (developers.google.com/apps-script/reference/
 * card-service/text-button#setOnClickAction(Action)), so having both is reported when the card is built.
 */
export class ClickBehaviour {
  private action?: ActionBuilder;
  private openLink?: OpenLinkBuilder;

  setAction(action: unknown): void {
    this.action = requireAction(action);
  }

  setOpenLink(openLink: unknown): void {
    this.openLink = requireOpenLink(openLink);
  }

  toClickTree(owner: string): ClickTree {
    if (this.action && this.openLink) {
      throw appsScriptError(`A ${owner} can only have one of setOpenLink or setOnClickAction set.`);
    }
    if (this.action) return { action: this.action.toActionTree() };
    if (this.openLink) return { openLink: this.openLink.toOpenLinkTree() };
    return {};
  }
}
