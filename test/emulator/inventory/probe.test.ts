import { createDocumentApp } from '../../../src/emulator/docs';
import { Workspace } from '../../../src/emulator/workspace';
test('probe', () => {
  const ws = new Workspace();
  const docs = createDocumentApp(ws);
  const body = docs.create('x').getBody();
  body.appendParagraph('First paragraph.');
  const t = body.appendTable([
    ['R1C1', 'R1C2'],
    ['R2C1', 'R2C2'],
  ]);
  body.appendListItem('A list item.');
  body.appendParagraph('Final paragraph.');
  console.log(
    JSON.stringify([
      body.getText(),
      t.getText(),
      t.getRow(0).getText(),
      body.getNumChildren(),
      String(body),
      String(t),
    ]),
  );
  const li = body.appendListItem('x');
  console.log(li.getGlyphType(), body.appendListItem('y').setNestingLevel(1).getGlyphType());
});
