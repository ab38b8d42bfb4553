import vm from 'node:vm';
import { cardTreeOf, createCardService, actionResponseTreeOf } from '../../src/emulator/cards';
import { cardText, cardsOf, clickButton, findButtons, notificationText } from '../../src/emulator/cards/interact';
import { renderCardHtml, renderCardIndexHtml } from '../../src/emulator/export/card-html';
import { Workspace } from '../../src/emulator/workspace';

function setup() {
  const ws = new Workspace();
  return { ws, CardService: createCardService(ws) };
}

/** A group card like the add-on's: a header, a detail row, a form, a row of buttons and a footer. */
function groupCard(CardService: GoogleAppsScript.Card_Service.CardService) {
  const open = (id: string) =>
    CardService.newTextButton()
      .setText('Open')
      .setOnClickAction(CardService.newAction().setFunctionName('onOpenGroup').setParameters({ groupId: id }));
  return CardService.newCardBuilder()
    .setName('group')
    .setHeader(CardService.newCardHeader().setTitle('Reading PLG').setSubtitle('Grade 3 teachers'))
    .addSection(
      CardService.newCardSection()
        .setHeader('Details')
        .addWidget(CardService.newDecoratedText().setTopLabel('Facilitator').setText('<b>Ana</b> Ruiz'))
        .addWidget(
          CardService.newTextInput().setFieldName('topic').setTitle('Topic').setValue('Phonics').setHint('What next?'),
        )
        .addWidget(
          CardService.newSelectionInput()
            .setType(CardService.SelectionInputType.DROPDOWN)
            .setFieldName('cadence')
            .setTitle('Meets')
            .addItem('Weekly', 'weekly', false)
            .addItem('Monthly', 'monthly', true),
        )
        .addWidget(CardService.newButtonSet().addButton(open('g1')).addButton(open('g2'))),
    )
    .setFixedFooter(
      CardService.newFixedFooter().setPrimaryButton(
        CardService.newTextButton()
          .setText('Save')
          .setOnClickAction(CardService.newAction().setFunctionName('onSaveGroup').setParameters({ groupId: 'g1' })),
      ),
    )
    .build();
}

describe('emulated CardService: recording', () => {
  it('records what the script built as a JSON-plain tree', () => {
    const { CardService } = setup();
    const tree = cardTreeOf(groupCard(CardService));

    expect(tree.name).toBe('group');
    expect(tree.header).toEqual({ title: 'Reading PLG', subtitle: 'Grade 3 teachers', imageStyle: 'SQUARE' });
    expect(tree.sections[0].header).toBe('Details');
    expect(tree.sections[0].widgets.map((w) => w.type)).toEqual([
      'DecoratedText',
      'TextInput',
      'SelectionInput',
      'ButtonSet',
    ]);
    expect(tree.sections[0].widgets[2]).toMatchObject({
      inputType: 'DROPDOWN',
      items: [
        { text: 'Weekly', value: 'weekly', selected: false },
        { text: 'Monthly', value: 'monthly', selected: true },
      ],
    });
    expect(tree.fixedFooter?.primaryButton).toMatchObject({
      text: 'Save',
      action: { functionName: 'onSaveGroup', parameters: { groupId: 'g1' } },
    });
    expect(JSON.parse(JSON.stringify(tree))).toEqual(tree);
    expect(JSON.parse((tree as unknown as GoogleAppsScript.Card_Service.Card).printJson()).header.title).toBe(
      'Reading PLG',
    );
  });

  it('is not changed by later edits to the builders it was built from', () => {
    const { CardService } = setup();
    const paragraph = CardService.newTextParagraph().setText('before');
    const card = CardService.newCardBuilder().addSection(CardService.newCardSection().addWidget(paragraph)).build();
    paragraph.setText('after');
    expect(cardText(card)).toBe('before');
  });

  it('works on cards built by a script running in node:vm, as the add-on bundle does', () => {
    const { CardService } = setup();
    const context = vm.createContext({ CardService });
    const script = `
      function onHome() {
        var action = CardService.newAction().setFunctionName('onJoin').setParameters({ groupId: 'g7' });
        return CardService.newCardBuilder()
          .setHeader(CardService.newCardHeader().setTitle('Home'))
          .addSection(CardService.newCardSection().addWidget(
            CardService.newTextButton().setText('Join').setOnClickAction(action)))
          .build();
      }
      onHome();`;
    const card = vm.runInContext(script, context);
    expect(cardTreeOf(card).header?.title).toBe('Home');
    expect(clickButton(card, 'Join').event.commonEventObject.parameters).toEqual({ groupId: 'g7' });
  });

  it('records navigation and notifications in an action response', () => {
    const { CardService } = setup();
    const next = groupCard(CardService);
    const response = CardService.newActionResponseBuilder()
      .setNavigation(CardService.newNavigation().popToRoot().pushCard(next))
      .setNotification(CardService.newNotification().setText('Group saved'))
      .build();

    expect(actionResponseTreeOf(response).navigation.map((step) => step.op)).toEqual(['popToRoot', 'pushCard']);
    expect(cardsOf(response)).toEqual([cardTreeOf(next)]);
    expect(notificationText(response)).toBe('Group saved');
    expect(cardText(response)).toContain('Group saved');
  });
});

describe('emulated CardService: validation where Google validates', () => {
  it('rejects action parameters that are not strings, naming the key', () => {
    const { CardService } = setup();
    const action = CardService.newAction().setFunctionName('onOpen');
    expect(() => action.setParameters({ groupId: 7 as unknown as string })).toThrow(
      /Invalid argument: parameters\. Both the keys and values must be strings, but the value of "groupId" is number/,
    );
    expect(() => action.setParameters({ done: true as unknown as string })).toThrow(
      expect.objectContaining({ name: 'Exception' }),
    );
  });

  it('refuses to build a card without a section, or a section without a widget', () => {
    const { CardService } = setup();
    expect(() => CardService.newCardBuilder().setHeader(CardService.newCardHeader().setTitle('Empty')).build()).toThrow(
      'A card must have at least one section',
    );
    expect(() =>
      CardService.newCardBuilder().addSection(CardService.newCardSection().setHeader('Members')).build(),
    ).toThrow('A CardSection must have at least one widget ("Members")');
  });

  it('refuses a text button without text, and an action without a function name', () => {
    const { CardService } = setup();
    const section = (widget: GoogleAppsScript.Card_Service.Widget) =>
      CardService.newCardBuilder().addSection(CardService.newCardSection().addWidget(widget));
    const unnamed = CardService.newTextButton().setOnClickAction(CardService.newAction().setFunctionName('f'));
    expect(() => section(unnamed).build()).toThrow('A TextButton must have text');
    const noFunction = CardService.newTextButton().setText('Go').setOnClickAction(CardService.newAction());
    expect(() => section(noFunction).build()).toThrow('An Action must have a function name');
    const both = CardService.newTextButton()
      .setText('Go')
      .setOnClickAction(CardService.newAction().setFunctionName('f'))
      .setOpenLink(CardService.newOpenLink().setUrl('https://example.com'));
    expect(() => section(both).build()).toThrow('can only have one of setOpenLink or setOnClickAction');
  });

  it('refuses an action response that does nothing, and a value from the wrong enum', () => {
    const { CardService } = setup();
    expect(() => CardService.newActionResponseBuilder().build()).toThrow('An ActionResponse must set');
    expect(() =>
      CardService.newTextButton().setTextButtonStyle(
        CardService.ImageStyle.CIRCLE as unknown as GoogleAppsScript.Card_Service.TextButtonStyle,
      ),
    ).toThrow('Invalid argument: textButtonStyle');
    expect(() => CardService.newCardSection().addWidget({})).toThrow('Invalid argument: widget');
  });
});

describe('clicking a button', () => {
  it('finds every button with its callback and parameters', () => {
    const { CardService } = setup();
    expect(findButtons(groupCard(CardService))).toEqual([
      expect.objectContaining({ text: 'Open', functionName: 'onOpenGroup', parameters: { groupId: 'g1' } }),
      expect.objectContaining({ text: 'Open', functionName: 'onOpenGroup', parameters: { groupId: 'g2' } }),
      expect.objectContaining({ text: 'Save', functionName: 'onSaveGroup', parameters: { groupId: 'g1' } }),
    ]);
  });

  it("builds Google's event object: parameters and form inputs in commonEventObject and the legacy fields", () => {
    const { ws, CardService } = setup();
    const { functionName, event } = clickButton(groupCard(CardService), 'Save', {
      formInputs: { topic: 'Fluency' },
      hostApp: 'DOCS',
      workspace: ws,
    });

    expect(functionName).toBe('onSaveGroup');
    expect(event.commonEventObject).toEqual({
      hostApp: 'DOCS',
      platform: 'WEB',
      userLocale: 'en',
      // 2026-08-24 in New York is daylight time, UTC-4.
      timeZone: { id: 'America/New_York', offset: -4 * 3600 * 1000 },
      parameters: { groupId: 'g1' },
      formInputs: {
        topic: { stringInputs: { value: ['Fluency'] } },
        cadence: { stringInputs: { value: ['monthly'] } },
      },
    });
    expect(event.parameters).toEqual({ groupId: 'g1' });
    expect(event.formInput).toEqual({ topic: 'Fluency', cadence: 'monthly' });
    expect(event.formInputs).toEqual({ topic: ['Fluency'], cadence: ['monthly'] });
  });

  it('reports date pickers as dateInput and leaves out empty inputs', () => {
    const { CardService } = setup();
    const card = CardService.newCardBuilder()
      .addSection(
        CardService.newCardSection()
          .addWidget(CardService.newTextInput().setFieldName('note'))
          .addWidget(CardService.newDatePicker().setFieldName('meetOn').setTitle('Meets on'))
          .addWidget(
            CardService.newTextButton()
              .setText('Plan')
              .setOnClickAction(CardService.newAction().setFunctionName('onPlan')),
          ),
      )
      .build();
    const { event } = clickButton(card, 'Plan', { formInputs: { meetOn: '2026-09-01' } });
    expect(event.commonEventObject.formInputs).toEqual({
      meetOn: { dateInput: { msSinceEpoch: Date.UTC(2026, 8, 1) } },
    });
    expect(event.commonEventObject.parameters).toBeUndefined();
  });

  it('chooses among same-labelled buttons by parameters', () => {
    const { CardService } = setup();
    const card = groupCard(CardService);
    expect(() => clickButton(card, 'Open')).toThrow(/2 buttons match "Open"; pass options.where/);
    expect(clickButton(card, 'Open', { where: { groupId: 'g2' } }).event.parameters).toEqual({ groupId: 'g2' });
  });

  it('explains a missing button or input by listing what the card has', () => {
    const { CardService } = setup();
    const card = groupCard(CardService);
    expect(() => clickButton(card, 'Delete')).toThrow(
      'No button "Delete" on the card; buttons present: "Open" {"groupId":"g1"}, "Open" {"groupId":"g2"}, "Save" {"groupId":"g1"}',
    );
    expect(() => clickButton(card, 'Save', { formInputs: { topci: 'x' } })).toThrow(
      'The card has no input named "topci"; its inputs: "topic", "cadence"',
    );
  });

  it('will not click a disabled button or one that only opens a link', () => {
    const { CardService } = setup();
    const card = CardService.newCardBuilder()
      .addSection(
        CardService.newCardSection().addWidget(
          CardService.newButtonSet()
            .addButton(CardService.newTextButton().setText('Later').setDisabled(true))
            .addButton(
              CardService.newTextButton()
                .setText('Help')
                .setOpenLink(CardService.newOpenLink().setUrl('https://help.example')),
            ),
        ),
      )
      .build();
    expect(() => clickButton(card, 'Later')).toThrow('is disabled');
    expect(() => clickButton(card, 'Help')).toThrow('opens https://help.example; it runs no function');
  });
});

describe('card text and HTML preview', () => {
  it('reads the visible text without formatting tags', () => {
    const { CardService } = setup();
    const text = cardText(groupCard(CardService));
    expect(text.split('\n')).toEqual(
      expect.arrayContaining([
        'Reading PLG',
        'Grade 3 teachers',
        'Facilitator',
        'Ana Ruiz',
        'Topic',
        'Monthly',
        'Save',
      ]),
    );
  });

  it("escapes text but keeps Google's formatting subset", () => {
    const { CardService } = setup();
    const card = CardService.newCardBuilder()
      .setHeader(CardService.newCardHeader().setTitle('Notes & <script>alert(1)</script>'))
      .addSection(
        CardService.newCardSection().addWidget(
          CardService.newTextParagraph().setText(
            '<b>Due</b> <font color="#d93025">Friday</font><br><a href="https://docs.example/x?a=1&b=2">agenda</a> ' +
              '<a href="javascript:alert(1)">bad</a> <img src=x onerror=alert(1)> <i>unclosed',
          ),
        ),
      )
      .build();
    const html = renderCardHtml(card);

    expect(html).toContain('Notes &amp; &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<script|<img src=x/);
    expect(html).toContain('<b>Due</b> <font color="#d93025">Friday</font><br>');
    expect(html).toContain('<a href="https://docs.example/x?a=1&amp;b=2" target="_blank" rel="noopener">agenda</a>');
    expect(html).toContain('<a>bad</a>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; <i>unclosed</i>');
  });

  it('shows a character reference in card text as the character, and decodes it exactly once', () => {
    // Card text is HTML: an add-on escapes "Arts & Wellness" as "Arts &amp; Wellness", and a reader sees "&".
    const { CardService } = setup();
    const card = CardService.newCardBuilder()
      .setHeader(CardService.newCardHeader().setTitle('Groups'))
      .addSection(
        CardService.newCardSection()
          .addWidget(CardService.newTextParagraph().setText('<b>Arts &amp; Wellness</b> meets in K&lt;2 &amp;lt;'))
          .addWidget(CardService.newDecoratedText().setTopLabel('Q&amp;A').setText('Tom &amp; Ann, R&D')),
      )
      .build();
    const html = renderCardHtml(card);
    expect(html).toContain('<b>Arts &amp; Wellness</b> meets in K&lt;2 &amp;lt;');
    expect(html).not.toContain('&amp;amp;');
    expect(html).toContain('Tom &amp; Ann, R&amp;D');
    const text = cardText(card).split('\n');
    expect(text).toEqual(expect.arrayContaining(['Arts & Wellness meets in K<2 &lt;', 'Q&A', 'Tom & Ann, R&D']));
  });

  it('shows every button as a <button> with its text and callback', () => {
    const { CardService } = setup();
    const card = groupCard(CardService);
    const html = renderCardHtml(card, { title: 'Group card' });
    for (const button of findButtons(card)) {
      expect(html).toContain(`data-function="${button.functionName}"`);
      expect(html).toMatch(
        new RegExp(`<button[^>]*data-parameters="[^"]*${button.parameters.groupId}[^"]*"[^>]*>${button.text}</button>`),
      );
    }
    expect(html).toContain('<title>Group card</title>');
    expect(html).toContain('name="topic" value="Phonics" placeholder="What next?"');
    expect(html).toContain('<option value="monthly" selected>Monthly</option>');
  });

  it('shows the card a response pushes, with its notification as a toast', () => {
    const { CardService } = setup();
    const response = CardService.newActionResponseBuilder()
      .setNavigation(CardService.newNavigation().pushCard(groupCard(CardService)))
      .setNotification(CardService.newNotification().setText('Saved <Reading>'))
      .build();
    const html = renderCardHtml(response);
    expect(html).toContain('<div class="toast" role="status">Saved &lt;Reading&gt;</div>');
    expect(html).toContain('Reading PLG');
  });

  it('links every preview from the index page', () => {
    const html = renderCardIndexHtml([
      { file: '01-home.html', title: 'Home' },
      { file: '02 group.html', title: 'Group <new>' },
    ]);
    expect(html).toContain('<a href="01-home.html">Home</a>');
    expect(html).toContain('<a href="02%20group.html">Group &lt;new&gt;</a>');
  });
});
