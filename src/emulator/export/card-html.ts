// A card (or the card an action response shows) as a standalone HTML page that looks like a Workspace add-on
// side panel, so a reviewer can see every screen of the demo without installing the add-on.
import { escapeHtml, formattedTextToHtml } from '../cards/formatted-text';
import { cardsOf, notificationText } from '../cards/interact';
import type {
  ButtonTree,
  CardHeaderTree,
  CardSectionTree,
  CardTree,
  ClickTree,
  DecoratedTextTree,
  IconTree,
  SelectionInputTree,
  SwitchTree,
  TextButtonTree,
  WidgetTree,
} from '../cards/tree';

/** Stand-ins for Google's built-in icons; the real ones are images served by Google. */
const iconGlyphs: Record<string, string> = {
  AIRPLANE: '✈',
  BOOKMARK: '🔖',
  BUS: '🚌',
  CAR: '🚗',
  CLOCK: '🕒',
  CONFIRMATION_NUMBER_ICON: '🎫',
  DOLLAR: '$',
  DESCRIPTION: '📄',
  EMAIL: '✉',
  EVENT_PERFORMER: '🎤',
  EVENT_SEAT: '💺',
  FLIGHT_ARRIVAL: '🛬',
  FLIGHT_DEPARTURE: '🛫',
  HOTEL: '🏨',
  HOTEL_ROOM_TYPE: '🛏',
  INVITE: '📨',
  MAP_PIN: '📍',
  MEMBERSHIP: '🪪',
  MULTIPLE_PEOPLE: '👥',
  OFFER: '🏷',
  PERSON: '👤',
  PHONE: '📞',
  RESTAURANT_ICON: '🍴',
  SHOPPING_CART: '🛒',
  STAR: '★',
  STORE: '🏬',
  TICKET: '🎟',
  TRAIN: '🚆',
  VIDEO_CAMERA: '📹',
  VIDEO_PLAY: '▶',
};

const styles = `
  body { margin: 0; background: #f1f3f4; font: 14px/20px Roboto, Arial, sans-serif; color: #202124; }
  .panel { width: 320px; min-height: 100vh; margin: 0 auto; background: #fff; box-shadow: 0 1px 3px rgba(60,64,67,.3);
    display: flex; flex-direction: column; position: relative; }
  .addon-bar { padding: 12px 16px; font-size: 16px; font-weight: 500; border-bottom: 1px solid #dadce0; }
  .card { flex: 1; }
  .card + .card { border-top: 4px solid #f1f3f4; }
  .card-header { display: flex; gap: 12px; align-items: center; padding: 16px; }
  .card-header img { width: 40px; height: 40px; object-fit: cover; }
  .card-header img.circle { border-radius: 50%; }
  .card-title { font-size: 16px; font-weight: 500; }
  .card-subtitle { color: #5f6368; font-size: 12px; }
  .card-menu { margin-left: auto; position: relative; }
  .card-menu summary { list-style: none; cursor: pointer; padding: 0 6px; font-size: 18px; }
  .card-menu div { position: absolute; right: 0; background: #fff; box-shadow: 0 2px 6px rgba(60,64,67,.3); z-index: 2; }
  .card-menu button { display: block; width: 100%; text-align: left; border: 0; background: none; padding: 8px 16px; }
  section { padding: 8px 16px 12px; border-top: 1px solid #e8eaed; }
  section h2 { font-size: 14px; font-weight: 500; color: #5f6368; margin: 4px 0 8px; }
  .widget { margin: 8px 0; }
  .decorated { display: flex; gap: 12px; align-items: center; }
  .decorated .body { flex: 1; min-width: 0; }
  .decorated .body.nowrap .text { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  .label { font-size: 12px; color: #5f6368; }
  .icon { width: 24px; text-align: center; color: #5f6368; }
  .icon img { width: 24px; height: 24px; }
  .clickable { cursor: pointer; }
  button { font: 500 14px Roboto, Arial, sans-serif; border-radius: 18px; padding: 7px 16px; cursor: pointer; }
  button.OUTLINED { background: #fff; color: #1a73e8; border: 1px solid #dadce0; }
  button.FILLED { background: #1a73e8; color: #fff; border: 1px solid #1a73e8; }
  button.FILLED_TONAL { background: #e8f0fe; color: #174ea6; border: 1px solid #e8f0fe; }
  button.BORDERLESS { background: none; color: #1a73e8; border: 1px solid transparent; }
  button.image-button { background: none; border: 0; padding: 4px; font-size: 18px; }
  button:disabled { opacity: .38; cursor: default; }
  .button-set { display: flex; flex-wrap: wrap; gap: 8px; }
  label.field { display: block; }
  label.field input, label.field textarea, label.field select { display: block; width: 100%; box-sizing: border-box;
    margin-top: 4px; padding: 8px; border: 1px solid #dadce0; border-radius: 4px; font: inherit; }
  fieldset { border: 0; padding: 0; margin: 0; }
  legend { padding: 0; }
  hr { border: 0; border-top: 1px solid #e8eaed; }
  details.more summary { color: #1a73e8; cursor: pointer; }
  img.image { max-width: 100%; }
  footer { position: sticky; bottom: 0; display: flex; flex-direction: row-reverse; gap: 8px; padding: 12px 16px;
    background: #fff; border-top: 1px solid #dadce0; }
  .toast { position: fixed; left: 50%; bottom: 24px; transform: translateX(-50%); background: #323232; color: #fff;
    padding: 14px 24px; border-radius: 4px; box-shadow: 0 3px 5px rgba(0,0,0,.3); max-width: 288px; }
`;

function clickAttributes(click: ClickTree): string {
  if (click.action) {
    const parameters = escapeHtml(JSON.stringify(click.action.parameters));
    return ` data-function="${escapeHtml(click.action.functionName)}" data-parameters="${parameters}"`;
  }
  if (click.openLink) return ` data-open-link="${escapeHtml(click.openLink.url)}"`;
  return '';
}

function renderButton(button: ButtonTree): string {
  if (button.type === 'ImageButton') {
    const glyph = button.iconUrl
      ? `<img src="${escapeHtml(button.iconUrl)}" alt="" width="20" height="20">`
      : escapeHtml(iconGlyphs[button.icon ?? ''] ?? '•');
    const label = escapeHtml(button.altText);
    return `<button type="button" class="image-button" aria-label="${label}" title="${label}"${clickAttributes(button)}>${glyph}</button>`;
  }
  return renderTextButton(button);
}

function renderTextButton(button: TextButtonTree, className = button.style): string {
  const color =
    button.backgroundColor && className === 'FILLED' ? ` style="background:${escapeHtml(button.backgroundColor)}"` : '';
  const disabled = button.disabled ? ' disabled' : '';
  return `<button type="button" class="${className}"${color}${disabled}${clickAttributes(button)}>${escapeHtml(button.text)}</button>`;
}

function renderIcon(icon: IconTree | undefined): string {
  if (!icon) return '';
  if (icon.iconUrl) {
    const round = icon.imageCropType === 'CIRCLE' ? ' style="border-radius:50%"' : '';
    return `<span class="icon"><img src="${escapeHtml(icon.iconUrl)}" alt="${escapeHtml(icon.altText ?? '')}"${round}></span>`;
  }
  const label = escapeHtml(icon.altText ?? icon.icon ?? '');
  return `<span class="icon" role="img" aria-label="${label}">${escapeHtml(iconGlyphs[icon.icon ?? ''] ?? '')}</span>`;
}

function renderSwitch(control: SwitchTree): string {
  const checked = control.selected ? ' checked' : '';
  const role = control.controlType === 'SWITCH' ? ' role="switch"' : '';
  return `<input type="checkbox"${role} name="${escapeHtml(control.fieldName)}" value="${escapeHtml(control.value)}"${checked}>`;
}

function renderDecoratedText(widget: DecoratedTextTree): string {
  const clickable = widget.action || widget.openLink ? ' clickable' : '';
  const label = (text: string | undefined) =>
    text === undefined ? '' : `<div class="label">${formattedTextToHtml(text)}</div>`;
  const end = widget.button
    ? renderButton(widget.button)
    : widget.switchControl
      ? renderSwitch(widget.switchControl)
      : renderIcon(widget.endIcon);
  return (
    `<div class="widget decorated${clickable}"${clickAttributes(widget)}>${renderIcon(widget.startIcon)}` +
    `<div class="body${widget.wrapText ? '' : ' nowrap'}">${label(widget.topLabel)}` +
    `<div class="text">${formattedTextToHtml(widget.text)}</div>${label(widget.bottomLabel)}</div>${end}</div>`
  );
}

function renderSelection(widget: SelectionInputTree): string {
  const name = escapeHtml(widget.fieldName);
  const title = widget.title ? escapeHtml(widget.title) : '';
  if (widget.inputType === 'DROPDOWN' || widget.inputType === 'MULTI_SELECT') {
    const multiple = widget.inputType === 'MULTI_SELECT' ? ' multiple' : '';
    const options = widget.items
      .map(
        (item) =>
          `<option value="${escapeHtml(item.value)}"${item.selected ? ' selected' : ''}>${escapeHtml(item.text)}</option>`,
      )
      .join('');
    return `<label class="widget field">${title}<select name="${name}"${multiple}>${options}</select></label>`;
  }
  const type = widget.inputType === 'RADIO_BUTTON' ? 'radio' : 'checkbox';
  const role = widget.inputType === 'SWITCH' ? ' role="switch"' : '';
  const items = widget.items
    .map(
      (item) =>
        `<label><input type="${type}"${role} name="${name}" value="${escapeHtml(item.value)}"${item.selected ? ' checked' : ''}> ${escapeHtml(item.text)}</label><br>`,
    )
    .join('');
  return `<fieldset class="widget">${title ? `<legend class="label">${title}</legend>` : ''}${items}</fieldset>`;
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function renderWidget(widget: WidgetTree): string {
  switch (widget.type) {
    case 'TextParagraph':
      return `<div class="widget text">${formattedTextToHtml(widget.text)}</div>`;
    case 'DecoratedText':
      return renderDecoratedText(widget);
    case 'TextButton':
    case 'ImageButton':
      return `<div class="widget">${renderButton(widget)}</div>`;
    case 'ButtonSet':
      return `<div class="widget button-set">${widget.buttons.map(renderButton).join('')}</div>`;
    case 'Image': {
      const clickable = widget.action || widget.openLink ? ' clickable' : '';
      return `<img class="widget image${clickable}" src="${escapeHtml(widget.imageUrl)}" alt="${escapeHtml(widget.altText ?? '')}"${clickAttributes(widget)}>`;
    }
    case 'Divider':
      return '<hr>';
    case 'TextInput': {
      const name = escapeHtml(widget.fieldName);
      const hint = widget.hint ? ` placeholder="${escapeHtml(widget.hint)}"` : '';
      const value = escapeHtml(widget.value ?? '');
      const field = widget.multiline
        ? `<textarea name="${name}" rows="3"${hint}>${value}</textarea>`
        : `<input type="text" name="${name}" value="${value}"${hint}>`;
      return `<label class="widget field">${escapeHtml(widget.title ?? '')}${field}</label>`;
    }
    case 'SelectionInput':
      return renderSelection(widget);
    case 'DatePicker': {
      const value = widget.valueMsSinceEpoch === undefined ? '' : ` value="${isoDate(widget.valueMsSinceEpoch)}"`;
      return `<label class="widget field">${escapeHtml(widget.title ?? '')}<input type="date" name="${escapeHtml(widget.fieldName)}"${value}></label>`;
    }
  }
}

/** A collapsible section shows its first widgets and folds the rest behind "Show more", as the client does. */
function renderSection(section: CardSectionTree): string {
  const header = section.header ? `<h2>${formattedTextToHtml(section.header)}</h2>` : '';
  const shown = section.collapsible ? (section.numUncollapsibleWidgets ?? 1) : section.widgets.length;
  const visible = section.widgets.slice(0, shown).map(renderWidget).join('');
  const folded = section.widgets.slice(shown);
  const more = folded.length
    ? `<details class="more"><summary>Show more</summary>${folded.map(renderWidget).join('')}</details>`
    : '';
  return `<section>${header}${visible}${more}</section>`;
}

function renderHeader(header: CardHeaderTree | undefined, card: CardTree): string {
  const menu = card.cardActions.length
    ? `<details class="card-menu"><summary aria-label="More actions">⋮</summary><div>${card.cardActions
        .map((action) => `<button type="button"${clickAttributes(action)}>${escapeHtml(action.text)}</button>`)
        .join('')}</div></details>`
    : '';
  if (!header) return menu ? `<div class="card-header">${menu}</div>` : '';
  const image = header.imageUrl
    ? `<img src="${escapeHtml(header.imageUrl)}" alt="${escapeHtml(header.imageAltText ?? '')}"${header.imageStyle === 'CIRCLE' ? ' class="circle"' : ''}>`
    : '';
  const subtitle = header.subtitle ? `<div class="card-subtitle">${formattedTextToHtml(header.subtitle)}</div>` : '';
  return `<div class="card-header">${image}<div><div class="card-title">${formattedTextToHtml(header.title)}</div>${subtitle}</div>${menu}</div>`;
}

function renderCard(card: CardTree): string {
  const footer = card.fixedFooter
    ? `<footer>${renderTextButton(card.fixedFooter.primaryButton, 'FILLED')}${
        card.fixedFooter.secondaryButton ? renderTextButton(card.fixedFooter.secondaryButton, 'BORDERLESS') : ''
      }</footer>`
    : '';
  const name = card.name ? ` data-card-name="${escapeHtml(card.name)}"` : '';
  return `<form class="card"${name} onsubmit="return false">${renderHeader(card.header, card)}${card.sections.map(renderSection).join('')}</form>${footer}`;
}

function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${styles}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/**
 * The panel as the user would see it: for an action response, the card its navigation leaves on top (the last
 * one pushed or updated) and its notification as a toast.
 */
export function renderCardHtml(cardOrResponse: unknown, options: { title?: string } = {}): string {
  const cards = cardsOf(cardOrResponse);
  const shown = cards[cards.length - 1];
  const notification = notificationText(cardOrResponse);
  const title = options.title ?? shown?.header?.title ?? 'Card preview';
  const toast = notification ? `<div class="toast" role="status">${escapeHtml(notification)}</div>` : '';
  const body =
    `<div class="panel"><div class="addon-bar">${escapeHtml(options.title ?? 'PLG Hub')}</div>` +
    `${shown ? renderCard(shown) : ''}</div>${toast}`;
  return page(title, body);
}

export function renderCardIndexHtml(entries: { file: string; title: string }[]): string {
  const items = entries
    .map((entry) => `<li><a href="${escapeHtml(encodeURI(entry.file))}">${escapeHtml(entry.title)}</a></li>`)
    .join('\n');
  const body = `<div class="panel"><div class="addon-bar">PLG Hub card previews</div><section><ol>\n${items}\n</ol></section></div>`;
  return page('PLG Hub card previews', body);
}

/**
 * The screens a demo shows, each written to cards/<file>.html as it is shown, and the index of them all: one
 * recorder for the one-school and the district demo.
 */
export function cardScreens(
  write: (file: string, content: string) => void,
  onCard?: (file: string, card: unknown) => void,
): { show: (file: string, title: string, shown: unknown) => unknown; writeIndex: () => void; count: () => number } {
  const cards: { file: string; title: string }[] = [];
  return {
    show(file, title, shown) {
      cards.push({ file: `cards/${file}.html`, title });
      onCard?.(`cards/${file}.html`, shown);
      write(`cards/${file}.html`, renderCardHtml(shown, { title }));
      return shown;
    },
    writeIndex: () => write('cards/index.html', renderCardIndexHtml(cards)),
    count: () => cards.length,
  };
}
