import { createDocumentApp, docText, setActiveDocument, userEditDoc } from '../../src/emulator/docs';
import { createDriveApp } from '../../src/emulator/drive';
import { exportDocHtml } from '../../src/emulator/export/doc-html';
import { Workspace } from '../../src/emulator/workspace';

function setup() {
  const ws = new Workspace();
  return { ws, docs: createDocumentApp(ws), drive: createDriveApp(ws) };
}

describe('DocumentApp', () => {
  test('an agenda built with headings, lists and a table reads back', () => {
    const { ws, docs } = setup();
    const doc = docs.create('Readers PLG — 3 Sep');
    const body = doc.getBody();
    body.appendParagraph('Readers PLG').setHeading(docs.ParagraphHeading.HEADING1);
    body.appendListItem('Welcome');
    body.appendListItem('Evidence review').setGlyphType(docs.GlyphType.NUMBER);
    body.appendHorizontalRule();
    const table = body.appendTable([
      ['Member', 'Present'],
      ['Ann', ''],
    ]);
    table.appendTableRow().appendTableCell('Bob');
    // The table is followed by the empty paragraph Docs keeps after it (see conformance/document-app.test.ts).
    expect(body.getNumChildren()).toBe(7);
    expect(body.getChild(1).getType()).toBe(docs.ElementType.PARAGRAPH);
    expect(body.getParagraphs()[1]!.getHeading()).toBe('HEADING1');
    const items = body.getListItems();
    expect(items.map((i) => i.getText())).toEqual(['Welcome', 'Evidence review']);
    expect(items[0]!.getListId()).toBe(items[1]!.getListId());
    expect(items[1]!.getGlyphType()).toBe('NUMBER');
    const readBack = body.getTables()[0]!;
    expect(readBack.getNumRows()).toBe(3);
    expect(readBack.getCell(1, 0).getText()).toBe('Ann');
    expect(readBack.getRow(2).getNumCells()).toBe(1);
    expect(() => readBack.getCell(5, 0)).toThrow('Child index (5) must be less than the number of child elements (3).');
    expect(docText(ws, doc.getId())).toBe('\nReaders PLG\nWelcome\nEvidence review\n\nMember\tPresent\nAnn\t\nBob\n');
  });

  test('replaceText takes an RE2 pattern string and inserts the replacement literally', () => {
    const { ws, docs } = setup();
    const doc = docs.create('Agenda');
    const body = doc.getBody();
    body.appendParagraph('Group: {{group}} on {{date}}');
    body.appendParagraph('Cost: $5 per {{group}}');
    body.replaceText('\\{\\{group\\}\\}', 'Readers $1 & co');
    body.replaceText('(?i)COST', 'Price');
    expect(docText(ws, doc.getId())).toBe('\nGroup: Readers $1 & co on {{date}}\nPrice: $5 per Readers $1 & co');
    expect(() => body.replaceText('(?=x)', 'y')).toThrow('Invalid regular expression pattern (?=x)');
  });

  test('replaceText matches within each paragraph, never across them', () => {
    const { ws, docs } = setup();
    const doc = docs.create('Agenda');
    doc.getBody().appendParagraph('end of one');
    doc.getBody().appendParagraph('start of two');
    doc.getBody().replaceText('one.start', 'JOINED');
    expect(docText(ws, doc.getId())).toBe('\nend of one\nstart of two');
  });

  test('findText walks matches in order and reports offsets', () => {
    const { docs } = setup();
    const body = docs.create('Agenda').getBody();
    body.appendParagraph('Outcomes');
    body.appendParagraph('- agreed to try exit tickets; agreed to share');
    const first = body.findText('agreed');
    expect(first.getStartOffset()).toBe(2);
    expect(first.getEndOffsetInclusive()).toBe(7);
    expect(first.getElement().asText().getText()).toBe('- agreed to try exit tickets; agreed to share');
    const second = body.findText('agreed', first);
    expect(second.getStartOffset()).toBe(30);
    expect(body.findText('agreed', second)).toBeNull();
    expect(body.findText('missing')).toBeNull();
  });

  test('text styling: appendText returns just the appended text; links and bold by range', () => {
    const { docs } = setup();
    const body = docs.create('Agenda').getBody();
    const paragraph = body.appendParagraph('');
    paragraph.appendText('Outcome: ').setBold(true);
    paragraph.appendText('see notes').setBold(false);
    const text = paragraph.editAsText();
    text.setLinkUrl(13, 17, 'https://example.com/notes');
    expect(text.isBold(0)).toBe(true);
    expect(text.isBold(9)).toBe(false);
    expect(text.isBold()).toBe(false);
    expect(text.getLinkUrl(14)).toBe('https://example.com/notes');
    expect(paragraph.getLinkUrl()).toBeNull();
    paragraph.setLinkUrl('https://example.com/all');
    expect(paragraph.getLinkUrl()).toBe('https://example.com/all');
  });

  test('a person editing the Doc moves Drive’s last-updated time and is not metered', () => {
    const { ws, docs, drive } = setup();
    const doc = docs.create('Agenda');
    doc.getBody().appendTable([
      ['Member', 'Present'],
      ['Ann', ''],
    ]);
    const before = drive.getFileById(doc.getId()).getLastUpdated().getTime();
    ws.clock.nowMs += 3_600_000;
    const calls = ws.meter.total;
    userEditDoc(ws, doc.getId(), (body) => {
      body.getTables()[0]!.getCell(1, 1).setText('✓');
      body.appendParagraph('We agreed to try exit tickets.');
    });
    const editedAt = ws.clock.nowMs;
    expect(ws.meter.total).toBe(calls);
    const after = drive.getFileById(doc.getId()).getLastUpdated().getTime();
    expect(after).toBe(editedAt);
    expect(after).toBeGreaterThan(before);
    const reopened = docs.openById(doc.getId()).getBody();
    expect(reopened.getTables()[0]!.getCell(1, 1).getText()).toBe('✓');
  });

  test('removing elements, and the last paragraph stays', () => {
    const { docs } = setup();
    const body = docs.create('Agenda').getBody();
    const extra = body.appendParagraph('remove me');
    expect(extra.getNextSibling()).toBeNull();
    expect(extra.getParent().getType()).toBe('BODY_SECTION');
    extra.removeFromParent();
    expect(body.getNumChildren()).toBe(1);
    expect(() => body.getParagraphs()[0]!.removeFromParent()).toThrow(
      "Can't remove the last paragraph in a document section.",
    );
  });

  test('saveAndClose closes the Document; open, url and active document', () => {
    const { ws, docs } = setup();
    const doc = docs.create('Agenda');
    const body = doc.getBody();
    doc.saveAndClose();
    expect(() => body.appendParagraph('late')).toThrow('Document is closed, its contents cannot be updated.');
    expect(docs.openByUrl(`https://docs.google.com/document/d/${doc.getId()}/edit`).getName()).toBe('Agenda');
    expect(() => docs.openById('missing')).toThrow(
      "Document is missing (perhaps it was deleted, or you don't have read access?)",
    );
    expect(docs.getActiveDocument()).toBeNull();
    setActiveDocument(ws, doc.getId());
    expect(docs.getActiveDocument().getId()).toBe(doc.getId());
  });

  test('content survives a save and load of the workspace', () => {
    const { ws, docs } = setup();
    const doc = docs.create('Agenda');
    const paragraph = doc.getBody().appendParagraph('before');
    const reloaded = Workspace.load(ws.save());
    createDocumentApp(reloaded).openById(doc.getId()).getBody().appendParagraph('after');
    expect(docText(reloaded, doc.getId())).toBe('\nbefore\nafter');
    expect(paragraph.getText()).toBe('before');
  });

  test('every call is counted under its class; body edits are local until the Doc is saved', () => {
    const { ws, docs } = setup();
    const before = ws.meter.snapshot();
    const doc = docs.create('Agenda');
    const body = doc.getBody();
    body.appendParagraph('Title').setHeading(docs.ParagraphHeading.TITLE);
    body.appendParagraph('Notes');
    doc.saveAndClose();
    expect(ws.meter.since(before).counts).toEqual({
      'DocumentApp.create': 1,
      'DocumentApp.Document.saveAndClose': 1,
    });
    expect(ws.meter.localCounts).toMatchObject({
      'DocumentApp.Document.getBody': 1,
      'DocumentApp.Body.appendParagraph': 2,
      'DocumentApp.Paragraph.setHeading': 1,
    });
    expect(ws.meter.quotaRemaining('documentsCreated')).toBe(1499);
  });

  test('the HTML export shows the Doc’s structure and escapes its text', () => {
    const { ws, docs } = setup();
    const doc = docs.create('Agenda <Readers & co>');
    const body = doc.getBody();
    body.appendParagraph('Week 1 <script>alert(1)</script>').setHeading(docs.ParagraphHeading.HEADING2);
    body.appendListItem('Try "exit tickets"').setGlyphType(docs.GlyphType.NUMBER);
    body.appendParagraph('Notes').setLinkUrl('https://example.com/?a=1&b=2');
    body.appendTable([['Ann & Bob', '✓']]);
    const html = exportDocHtml(ws, doc.getId());
    expect(html).toContain('<title>Agenda &lt;Readers &amp; co&gt;</title>');
    expect(html).toContain('<h2>Week 1 &lt;script&gt;alert(1)&lt;/script&gt;</h2>');
    expect(html).not.toContain('<script>');
    expect(html).toContain('<ol type="1"><li>Try &quot;exit tickets&quot;</li></ol>');
    expect(html).toContain('<a href="https://example.com/?a=1&amp;b=2">Notes</a>');
    expect(html).toContain('<td><p>Ann &amp; Bob</p></td>');
  });
});
