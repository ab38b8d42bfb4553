// The base every emulated CardService builder shares: chaining typed as Google's interface, and the argument
// checks Apps Script makes when a script value crosses into its Java services.
import type { WidgetTree } from './tree';
import { invalidArgument } from './tree';

export abstract class Chainable<GoogleInterface> {
  /**
   * The builder typed as Google's full interface, so chained calls type-check like Apps Script's. Only the
   * methods each class picks exist at run time; calling another fails as an unsupported method would.
   */
  protected get chain(): GoogleInterface {
    return this as unknown as GoogleInterface;
  }
}

/** A builder that `CardSection.addWidget` accepts. */
export abstract class WidgetBuilder<GoogleInterface> extends Chainable<GoogleInterface> {
  abstract toWidgetTree(): WidgetTree;
}

export function requireWidget(value: unknown, argument: string): WidgetBuilder<unknown> {
  if (value instanceof WidgetBuilder) return value;
  throw invalidArgument(argument);
}

/**
 * Apps Script converts a script value to the Java type a method declares: a string parameter turns a number
 * into its text, while null or undefined arrive as null, which the card builders reject.
 */
export function stringArgument(value: unknown, argument: string): string {
  if (value === null || value === undefined) throw invalidArgument(argument);
  return String(value);
}

export function booleanArgument(value: unknown): boolean {
  return Boolean(value);
}

export function integerArgument(value: unknown, argument: string): number {
  const n = Number(value);
  if (!Number.isFinite(n)) throw invalidArgument(argument);
  return Math.trunc(n);
}
