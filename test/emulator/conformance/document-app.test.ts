// DocumentApp as Apps Script behaves, each expectation with its source. "gas-fakes" is the public test suite at
// github.com/brucemcpherson/gas-fakes/tree/main/test, whose expectations run against live Apps Script (where
// live and fake differ, the test says so with `isFake`); the expectations taken here are its live ones.
import { createDocumentApp } from '../../../src/emulator/docs';
import { Workspace } from '../../../src/emulator/workspace';

function newBody() {
  const docs = createDocumentApp(new Workspace());
  const doc = docs.create('Readers PLG — 3 Sep');
  return { docs, doc, body: doc.getBody() };
}

describe('DocumentApp conformance', () => {
  // gas-fakes test/testdocs.js "document children": a new Doc's body holds one empty paragraph.
  test('a new Doc has one empty paragraph, so the body text starts with a line break', () => {
    const { docs, body } = newBody();
    expect(body.getNumChildren()).toBe(1);
    expect(body.getChild(0).getType()).toBe(docs.ElementType.PARAGRAPH);
    body.appendParagraph('p1');
    expect(body.getText()).toBe('\np1');
  });

  // gas-fakes test/testdocs.js "Document level append/insert methods": "Appending a table in Apps Script
  // automatically adds an empty paragraph after it. Therefore, the table is the second-to-last child."
  test('appendTable leaves an empty paragraph after the table, and what comes next goes after it', () => {
    const { docs, body } = newBody();
    const table = body.appendTable([['t1c1', 't1c2']]);
    const n = body.getNumChildren();
    expect(body.getChild(n - 2).getType()).toBe(docs.ElementType.TABLE);
    expect(body.getChild(n - 1).getType()).toBe(docs.ElementType.PARAGRAPH);
    expect(
      body
        .getChild(n - 1)
        .asParagraph()
        .getText(),
    ).toBe('');
    expect(table.getCell(0, 0).getText()).toBe('t1c1');
  });

  // gas-fakes test/testdocsnext.js "Body.getText()" and "Table.getText()": cells and rows are both joined with
  // a line break, and the paragraph Docs keeps after a table adds an empty line before the next element.
  test('getText joins table cells and rows with line breaks, in the body too', () => {
    const { body } = newBody();
    body.appendParagraph('First paragraph.');
    const table = body.appendTable([
      ['R1C1', 'R1C2'],
      ['R2C1', 'R2C2'],
    ]);
    body.appendListItem('A list item.');
    body.appendParagraph('Final paragraph.');
    expect(table.getText()).toBe('R1C1\nR1C2\nR2C1\nR2C2');
    expect(table.getRow(0).getText()).toBe('R1C1\nR1C2');
    expect(table.getRow(0).getCell(1).getText()).toBe('R1C2');
    expect(body.getText()).toBe('\nFirst paragraph.\nR1C1\nR1C2\nR2C1\nR2C2\n\nA list item.\nFinal paragraph.');
  });

  // gas-fakes test/testdocslistitems.js "ListItem methods": a list item appended without a glyph reads back as
  // NUMBER. (The reference does not document a default; PLG Hub always sets its glyph.)
  test('a list item appended without a glyph type reads back NUMBER, and setGlyphType changes it', () => {
    const { docs, body } = newBody();
    const item = body.appendListItem('Item 1');
    expect(item.getGlyphType()).toBe(docs.GlyphType.NUMBER);
    expect(item.getNestingLevel()).toBe(0);
    item.setGlyphType(docs.GlyphType.BULLET);
    expect(item.getGlyphType()).toBe(docs.GlyphType.BULLET);
  });

  // gas-fakes test/testdocs.js "Document basic methods": a Document prints "Document" and its body
  // "DocumentBodySection" on live Apps Script (the fake's "Body" is its own); testdocsnext.js: a Paragraph
  // prints "Paragraph".
  test('Documents and their elements print as their Apps Script class', () => {
    const { doc, body } = newBody();
    expect(String(doc)).toBe('Document');
    expect(String(body)).toBe('DocumentBodySection');
    expect(String(body.appendParagraph('p'))).toBe('Paragraph');
    expect(String(body.appendListItem('li'))).toBe('ListItem');
    expect(String(body.appendTable([['a']]))).toBe('Table');
  });
});

describe('DocumentApp methods PLG Hub calls', () => {
  // Reference body#clear(): "Clears the contents of the element"; a section keeps one paragraph (gas-fakes
  // test/testdocs.js "document children": a body always has a paragraph), and it is empty.
  test('Body.clear leaves one empty paragraph', () => {
    const { docs, body } = newBody();
    body.appendParagraph('Agenda');
    body.appendTable([['a']]);
    body.clear();
    expect(body.getNumChildren()).toBe(1);
    expect(body.getChild(0).getType()).toBe(docs.ElementType.PARAGRAPH);
    expect(body.getText()).toBe('');
  });

  // Reference element#asListItem() / #asTable(): "Returns the current element as a ListItem / Table"; an
  // element of another type cannot be cast (the error's wording is not the reference's, so is not checked).
  test('asListItem and asTable give the element back as its own type', () => {
    const { docs, body } = newBody();
    body.appendListItem('Welcome');
    body.appendTable([['Member', 'Present']]);
    const item = body.getChild(1);
    expect(item.getType()).toBe(docs.ElementType.LIST_ITEM);
    expect(item.asListItem().getText()).toBe('Welcome');
    const table = body.getChild(2).asTable();
    expect(table.getNumRows()).toBe(1);
    expect(table.getCell(0, 1).getText()).toBe('Present');
    expect(() => body.getChild(0).asTable().getNumRows()).toThrow();
  });
});
