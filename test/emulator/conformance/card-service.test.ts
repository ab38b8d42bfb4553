// CardService's build-time rules, each from Google's reference: a card that breaks one fails when the add-on
// builds it, never on a real school's screen.
import { actionResponseTreeOf, cardTreeOf, createCardService } from '../../../src/emulator/cards';
import { Workspace } from '../../../src/emulator/workspace';

const CardService = createCardService(new Workspace());
const text = (s: string) => CardService.newTextParagraph().setText(s);
const section = (widgets: number) => {
  const s = CardService.newCardSection();
  for (let i = 0; i < widgets; i++) s.addWidget(text(`row ${i}`));
  return s;
};

describe('CardService conformance', () => {
  // https://developers.google.com/apps-script/reference/card-service/card-builder#addSection(CardSection):
  // "You can't add more than 100 sections to a card."
  test('a card takes 100 sections, not 101', () => {
    const card = CardService.newCardBuilder();
    for (let i = 0; i < 100; i++) card.addSection(section(1));
    expect(() => card.build()).not.toThrow();
    card.addSection(section(1));
    expect(() => card.build()).toThrow(/more than 100 sections/);
  });

  // https://developers.google.com/apps-script/reference/card-service/card-section#addWidget(Widget):
  // "You can't add more than 100 widgets to a card section."
  test('a section takes 100 widgets, not 101', () => {
    expect(() => CardService.newCardBuilder().addSection(section(100)).build()).not.toThrow();
    expect(() => CardService.newCardBuilder().addSection(section(101)).build()).toThrow(/more than 100 widgets/);
  });

  // https://developers.google.com/apps-script/reference/card-service/action#setParameters(Object):
  // "Both the keys and values must be strings."
  test('action parameters must be strings: a number, boolean or null is refused when set', () => {
    const action = () => CardService.newAction().setFunctionName('onOpenGroup');
    expect(() => action().setParameters({ groupId: 'READ-1' })).not.toThrow();
    for (const value of [3, true, null]) {
      expect(() => action().setParameters({ groupId: value as unknown as string })).toThrow(/must be strings/);
    }
  });

  // https://developers.google.com/apps-script/reference/card-service/card-builder#build(): "Builds the current
  // card and validates it"; a card needs a section (the emulator's message; the wording is not Google's).
  test('a card without sections does not build', () => {
    expect(() => CardService.newCardBuilder().build()).toThrow();
  });
});

describe('CardService widgets PLG Hub builds', () => {
  // Reference card-header#setImageUrl(String), #setImageAltText(String), #setSubtitle(String).
  test('a card header keeps its image, alt text and subtitle', () => {
    const card = CardService.newCardBuilder()
      .setHeader(
        CardService.newCardHeader()
          .setTitle('Readers PLG')
          .setSubtitle('Grade 3')
          .setImageUrl('https://example.com/logo.png')
          .setImageAltText('PLG Hub'),
      )
      .addSection(section(1))
      .build();
    expect(cardTreeOf(card).header).toMatchObject({
      subtitle: 'Grade 3',
      imageUrl: 'https://example.com/logo.png',
      imageAltText: 'PLG Hub',
    });
  });

  // Reference decorated-text#setBottomLabel(String), #setWrapText(Boolean) ("Sets whether the value text should
  // be displayed on a single line or multiple lines"; off until set), text-input#setMultiline(Boolean).
  test('decorated text keeps its bottom label and wraps only when asked; a text input is single-line by default', () => {
    const decorated = CardService.newDecoratedText().setText('Ann Ruiz').setBottomLabel('facilitator');
    const input = CardService.newTextInput().setFieldName('notes').setTitle('Notes');
    const tree = (widgets: GoogleAppsScript.Card_Service.Widget[]) => {
      const s = CardService.newCardSection();
      for (const w of widgets) s.addWidget(w);
      return cardTreeOf(CardService.newCardBuilder().addSection(s).build()).sections[0]!.widgets;
    };
    expect(tree([decorated, input])).toMatchObject([
      { bottomLabel: 'facilitator', wrapText: false },
      { multiline: false },
    ]);
    expect(tree([decorated.setWrapText(true), input.setMultiline(true)])).toMatchObject([
      { wrapText: true },
      { multiline: true },
    ]);
  });

  // Reference navigation#updateCard(Card): "Does an in-place replacement of the current card."
  test('Navigation.updateCard replaces the current card in the response', () => {
    const card = CardService.newCardBuilder().addSection(section(1)).build();
    const response = CardService.newActionResponseBuilder()
      .setNavigation(CardService.newNavigation().updateCard(card))
      .build();
    expect(actionResponseTreeOf(response).navigation).toEqual([{ op: 'updateCard', card: cardTreeOf(card) }]);
  });
});
