// The agenda as HTML for Drive to import: real links, prompts styled as Docs' placeholder text, a header row,
// and nothing a person typed able to become markup.
import { agendaHtml, promptColor } from '../../../src/core/agenda/agenda-html';

test("a person's text stays text: tags, ampersands and quotes are escaped, in text and in links", () => {
  const html = agendaHtml([
    { kind: 'heading', level: 1, text: '<script>alert(1)</script> & Co' },
    { kind: 'paragraph', text: 'Work: here', spans: [{ from: 6, to: 10, url: 'https://x.example/?a=1&b="2"' }] },
    { kind: 'list', items: ['<img src=x onerror=alert(1)>'] },
  ]);
  expect(html).not.toMatch(/<script>|<img/);
  expect(html).toContain('<h1>&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co</h1>');
  expect(html).toContain('<a href="https://x.example/?a=1&amp;b=&quot;2&quot;">here</a>');
});

test('a prompt is grey italic and a link is a link, each only over its own characters', () => {
  const html = agendaHtml([
    {
      kind: 'paragraph',
      text: 'Outcomes: what did we decide? See form',
      spans: [
        { from: 10, to: 29, prompt: true },
        { from: 34, to: 38, url: 'https://forms.gle/abc' },
      ],
    },
  ]);
  expect(html).toContain(
    `<p>Outcomes: <span style="color:${promptColor};font-style:italic">what did we decide?</span> See <a href="https://forms.gle/abc">form</a></p>`,
  );
});

test("a table's first row is its header row", () => {
  const html = agendaHtml([
    {
      kind: 'table',
      rows: [
        ['Name', 'Present'],
        ['Ana', ''],
      ],
    },
  ]);
  expect(html).toContain('<table><tr><th>Name</th><th>Present</th></tr><tr><td>Ana</td><td></td></tr></table>');
});
