// The few shapes every PLG Hub card is made of, so headers, buttons and wording stay consistent.
type Card = GoogleAppsScript.Card_Service.Card;
type Widget = GoogleAppsScript.Card_Service.Widget;

export const logoUrl = 'https://www.gstatic.com/images/icons/material/system/1x/groups_black_48dp.png';

export function card(subtitle: string, sections: GoogleAppsScript.Card_Service.CardSection[], name?: string): Card {
  const builder = CardService.newCardBuilder().setHeader(
    CardService.newCardHeader()
      .setTitle('PLG Hub')
      .setSubtitle(subtitle)
      .setImageUrl(logoUrl)
      .setImageAltText('PLG Hub'),
  );
  if (name) builder.setName(name);
  for (const s of sections) builder.addSection(s);
  return builder.build();
}

export function section(header: string | undefined, widgets: Widget[]): GoogleAppsScript.Card_Service.CardSection {
  const s = CardService.newCardSection();
  if (header) s.setHeader(header);
  for (const w of widgets) s.addWidget(w);
  return s;
}

/**
 * A labelled value. Its three texts are plain words (a group's name, a date, a count), never formatting, so each
 * is escaped here: a group called "Arts & Wellness" or "K<2" shows as typed. Callers never escape them again.
 */
export function fact(label: string, value: string, bottom?: string): Widget {
  const w = CardService.newDecoratedText().setTopLabel(escapeHtml(label)).setText(escapeHtml(value)).setWrapText(true);
  if (bottom) w.setBottomLabel(escapeHtml(bottom));
  return w;
}

/** A labelled list, one plain line each (escaped here, joined by line breaks): one label, not one per line. */
export function factLines(label: string, lines: readonly string[], bottom?: string): Widget {
  const w = CardService.newDecoratedText()
    .setTopLabel(escapeHtml(label))
    .setText(lines.map(escapeHtml).join('<br>'))
    .setWrapText(true);
  if (bottom) w.setBottomLabel(escapeHtml(bottom));
  return w;
}

export function paragraph(text: string): Widget {
  return CardService.newTextParagraph().setText(text);
}

export function button(text: string, functionName: string, parameters: Record<string, string> = {}, filled = false) {
  const b = CardService.newTextButton()
    .setText(text)
    .setOnClickAction(CardService.newAction().setFunctionName(functionName).setParameters(parameters));
  if (filled) b.setTextButtonStyle(CardService.TextButtonStyle.FILLED);
  return b;
}

export function linkButton(text: string, url: string) {
  return CardService.newTextButton().setText(text).setOpenLink(CardService.newOpenLink().setUrl(url));
}

export function buttons(...list: GoogleAppsScript.Card_Service.TextButton[]): Widget {
  const set = CardService.newButtonSet();
  for (const b of list) set.addButton(b);
  return set;
}

/** A card action's answer: a short notification, and optionally the card to show next. */
export function respond(
  notification: string,
  next?: Card,
  replace = true,
): GoogleAppsScript.Card_Service.ActionResponse {
  const response = CardService.newActionResponseBuilder().setNotification(
    CardService.newNotification().setText(notification),
  );
  if (next) {
    const nav = CardService.newNavigation();
    response.setNavigation(replace ? nav.updateCard(next) : nav.pushCard(next));
  }
  return response.build();
}

/** HTML-escapes text for the small HTML subset card text allows. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
