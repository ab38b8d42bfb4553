// Every screen the demo shows, opened in headless Chromium: each preview must render its card title and every
// action button, as a person looking at out/demo/cards/ would see it. Chromium comes from Debian's package,
// which .ci/run installs; on a machine without it this file says so and checks nothing else.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cardTreeOf } from '../../src/emulator/cards';
import { cardsOf, findButtons } from '../../src/emulator/cards/interact';
import { runDemoFlow } from '../../src/emulator/demo-flow';

const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);
const out = mkdtempSync(join(tmpdir(), 'plg-cards-'));
const shown = new Map<string, unknown>();

const doms = new Map<string, string>();

/** The page as Chromium built it (each file opened once; several checks read the same screen). */
function renderedDom(file: string): string {
  const known = doms.get(file);
  if (known !== undefined) return known;
  const dom = openInChromium(file);
  doms.set(file, dom);
  return dom;
}

function openInChromium(file: string): string {
  return execFileSync(
    chromium!,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${mkdtempSync(join(tmpdir(), 'plg-chromium-'))}`,
      '--dump-dom',
      `file://${file}`,
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 30_000 },
  );
}

beforeAll(async () => {
  await runDemoFlow({
    out,
    seed: 5,
    write: (file, content) => {
      mkdirSync(dirname(join(out, file)), { recursive: true });
      writeFileSync(join(out, file), content);
    },
    onCard: (file, card) => shown.set(file, card),
  });
}, 60_000);

const describeWithChromium = chromium ? describe : describe.skip;
if (!chromium) {
  if (process.env.CI) throw new Error("CI must have Chromium: .ci/run installs Debian's chromium package");
  console.warn('Chromium is not installed: card previews were not opened in a browser (.ci/run installs it).');
}

describeWithChromium('card previews in headless Chromium', () => {
  it('renders the PLG report with its four charts and what needs attention', () => {
    const dom = renderedDom(join(out, 'dashboard.html'));
    expect(dom).toContain('PLG report — ');
    expect(dom.match(/<svg /g) ?? []).toHaveLength(4);
    expect((dom.match(/<rect /g) ?? []).length).toBeGreaterThan(10);
    expect(dom).toContain('What needs attention');
    expect(dom).toMatch(/“[^”]+” \(shared\/seeds 00[01], /);
  }, 60_000);

  it('renders every screen with its title and all of its buttons', () => {
    const files = readdirSync(join(out, 'cards')).filter((f) => f.endsWith('.html') && f !== 'index.html');
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const file of files) {
      const dom = renderedDom(join(out, 'cards', file));
      const card = shown.get(`cards/${file}`);
      const top = cardsOf(card).at(-1) ?? cardTreeOf(card);
      expect(dom).toContain(top!.header!.subtitle ?? top!.header!.title);
      for (const button of findButtons(card))
        expect(dom).toMatch(new RegExp(`<button[^>]*>${escapeRegExp(button.text)}`));
    }
  }, 240_000);

  it('shows names as they were typed: "Arts & Wellness PLG", never an escape such as "&amp;" on the screen', () => {
    // --dump-dom serialises the page: a visible "&" is written "&amp;", a visible "&amp;" is "&amp;amp;".
    const files = readdirSync(join(out, 'cards')).filter((f) => f.endsWith('.html'));
    for (const file of files)
      expect(renderedDom(join(out, 'cards', file))).not.toMatch(/&amp;(?:amp|lt|gt|quot|#\d+);/);
    const validate = files.find((f) => f.includes('validate'))!;
    expect(renderedDom(join(out, 'cards', validate))).toContain('Arts &amp; Wellness PLG');
  }, 240_000);

  it('links every screen from the index page', () => {
    const dom = renderedDom(join(out, 'cards', 'index.html'));
    for (const file of readdirSync(join(out, 'cards')).filter((f) => f !== 'index.html')) expect(dom).toContain(file);
  }, 60_000);
});

function escapeRegExp(text: string): string {
  return text
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/'/g, "(?:'|&#39;)");
}
