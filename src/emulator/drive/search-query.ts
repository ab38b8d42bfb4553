// The query language of DriveApp.searchFiles: Drive API v2's `q` (Apps Script's built-in Drive service still
// speaks v2, so `title`, not v3's `name`; a public experiment found v3-only terms refused by searchFiles:
// https://gist.github.com/tanaikech/242f644026837dd071f0ce95b2fd107a).
// Grammar and terms: https://developers.google.com/drive/api/v2/ref-search-terms
//
//   query   := or
//   or      := and ('or' and)*
//   and     := unary ('and' unary)*
//   unary   := 'not' unary | '(' query ')' | clause
//   clause  := field op value | 'value' 'in' collection | 'sharedWithMe'
//
// Modeled: title (=, !=, contains), mimeType (=, !=, contains), trashed (=, !=), sharedWithMe (bare, =, !=),
// '…' in owners | readers | writers | parents. Strings are single-quoted with \' and \\ escapes. Keywords are
// taken in lowercase only, the only form Google's reference uses, so a query the emulator accepts is one Drive
// documents. Anything that does not parse — a v3 term such as `name`, a double-quoted string, an unknown field,
// an operator a term does not take — throws what Apps Script throws for a bad query, "Invalid argument: q" (the
// API answers 400 "Invalid query" at location "q"; the Apps Script wording is as reported by scripts, not
// re-read in Google's reference). Valid v2 terms the emulator does not model (fullText, modifiedDate, starred,
// properties, visibility…) throw an emulator error instead, so a test never passes on a term nobody evaluated.
import { appsScriptError } from '../errors';
import type { FileRecord, Workspace } from '../workspace';
import { effectiveRoles } from './sharing';
import { parentIdsOf, rootFolderId } from './tree';

export type Predicate = (record: FileRecord) => boolean;

type Token =
  | { kind: 'string'; value: string }
  | { kind: 'word'; value: string }
  | { kind: 'op'; value: '=' | '!=' | '<' | '<=' | '>' | '>=' }
  | { kind: 'paren'; value: '(' | ')' };

type Node =
  { kind: 'and' | 'or'; left: Node; right: Node } | { kind: 'not'; inner: Node } | { kind: 'clause'; test: Predicate };

const invalidQuery = () => appsScriptError('Invalid argument: q');

/** Valid v2 terms (ref-search-terms) that the emulator does not evaluate. */
const unmodeledTerms = new Set([
  'fullText',
  'modifiedDate',
  'lastViewedByMeDate',
  'starred',
  'hidden',
  'properties',
  'visibility',
]);

/** Parses `q` into a test on one file, as seen by the signed-in user; throws "Invalid argument: q" if it is not valid. */
export function parseSearchQuery(ws: Workspace, q: string, dialect: 'v2' | 'v3' = 'v2'): Predicate {
  const tokens = tokenize(String(q));
  // An empty query filters nothing (files.list without q), as DriveApp.getFiles lists everything.
  if (tokens.length === 0) return () => true;
  const parser = new Parser(ws, tokens, dialect);
  const node = parser.parseOr();
  if (!parser.done()) throw invalidQuery();
  return (record) => evaluate(node, record);
}

function evaluate(node: Node, record: FileRecord): boolean {
  switch (node.kind) {
    case 'and':
      return evaluate(node.left, record) && evaluate(node.right, record);
    case 'or':
      return evaluate(node.left, record) || evaluate(node.right, record);
    case 'not':
      return !evaluate(node.inner, record);
    case 'clause':
      return node.test(record);
  }
}

function tokenize(q: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < q.length) {
    const c = q[i]!;
    if (/\s/.test(c)) {
      i += 1;
    } else if (c === '(' || c === ')') {
      tokens.push({ kind: 'paren', value: c });
      i += 1;
    } else if (c === "'") {
      let value = '';
      i += 1;
      for (;;) {
        if (i >= q.length) throw invalidQuery(); // unterminated string
        const d = q[i]!;
        if (d === '\\') {
          const next = q[i + 1];
          if (next !== "'" && next !== '\\') throw invalidQuery();
          value += next;
          i += 2;
        } else if (d === "'") {
          i += 1;
          break;
        } else {
          value += d;
          i += 1;
        }
      }
      tokens.push({ kind: 'string', value });
    } else if (c === '!' || c === '=' || c === '<' || c === '>') {
      const two = q.slice(i, i + 2);
      if (two === '!=' || two === '<=' || two === '>=') {
        tokens.push({ kind: 'op', value: two });
        i += 2;
      } else if (c === '!') {
        throw invalidQuery();
      } else {
        tokens.push({ kind: 'op', value: c });
        i += 1;
      }
    } else if (/[A-Za-z]/.test(c)) {
      const word = /^[A-Za-z][A-Za-z0-9_]*/.exec(q.slice(i))![0];
      tokens.push({ kind: 'word', value: word });
      i += word.length;
    } else {
      throw invalidQuery(); // a double quote, a number, any other character
    }
  }
  return tokens;
}

class Parser {
  private position = 0;

  constructor(
    private readonly ws: Workspace,
    private readonly tokens: Token[],
    /** v3 (the Drive API through UrlFetchApp) names a file's title `name`; v2 (DriveApp.searchFiles) `title`. */
    private readonly dialect: 'v2' | 'v3' = 'v2',
  ) {}

  done(): boolean {
    return this.position >= this.tokens.length;
  }

  parseOr(): Node {
    let node = this.parseAnd();
    while (this.isWord('or')) {
      this.position += 1;
      node = { kind: 'or', left: node, right: this.parseAnd() };
    }
    return node;
  }

  private parseAnd(): Node {
    let node = this.parseUnary();
    while (this.isWord('and')) {
      this.position += 1;
      node = { kind: 'and', left: node, right: this.parseUnary() };
    }
    return node;
  }

  private parseUnary(): Node {
    const token = this.next();
    if (token.kind === 'word' && token.value === 'not') return { kind: 'not', inner: this.parseUnary() };
    if (token.kind === 'paren' && token.value === '(') {
      const inner = this.parseOr();
      const close = this.next();
      if (close.kind !== 'paren' || close.value !== ')') throw invalidQuery();
      return inner;
    }
    if (token.kind === 'string') return this.membership(token.value);
    if (token.kind === 'word') return this.fieldClause(token.value);
    throw invalidQuery();
  }

  /** `'value' in collection` */
  private membership(value: string): Node {
    const keyword = this.next();
    const collection = this.next();
    if (keyword.kind !== 'word' || keyword.value !== 'in' || collection.kind !== 'word') throw invalidQuery();
    const test = collectionTest(this.ws, collection.value, value);
    if (!test) throw invalidQuery();
    return { kind: 'clause', test };
  }

  private fieldClause(field: string): Node {
    if (unmodeledTerms.has(field)) {
      throw new Error(`emulator: DriveApp.searchFiles does not model the Drive query term "${field}"`);
    }
    if (field === 'sharedWithMe') {
      // v2 takes sharedWithMe bare ("sharedWithMe") as well as compared with a boolean.
      const shared = (record: FileRecord) => sharedWithUser(this.ws, record);
      return { kind: 'clause', test: this.peekIsOp() ? this.booleanTest(shared) : shared };
    }
    if (field === 'trashed') return { kind: 'clause', test: this.booleanTest((record) => record.trashed) };
    if (field === (this.dialect === 'v3' ? 'name' : 'title'))
      return { kind: 'clause', test: this.stringTest((record) => record.name, titleContains) };
    if (field === 'mimeType') {
      return { kind: 'clause', test: this.stringTest((record) => record.mimeType, substringContains) };
    }
    throw invalidQuery(); // `name` in v2 or `title` in v3, a collection used as a field, a misspelling
  }

  /** `field = true|false` or `field != true|false` */
  private booleanTest(read: Predicate): Predicate {
    const op = this.next();
    const value = this.next();
    if (op.kind !== 'op' || (op.value !== '=' && op.value !== '!=')) throw invalidQuery();
    if (value.kind !== 'word' || (value.value !== 'true' && value.value !== 'false')) throw invalidQuery();
    const wanted = value.value === 'true';
    return op.value === '=' ? (r) => read(r) === wanted : (r) => read(r) !== wanted;
  }

  /** `field = '…'`, `field != '…'` or `field contains '…'` */
  private stringTest(
    read: (record: FileRecord) => string,
    contains: (field: string, value: string) => boolean,
  ): Predicate {
    const op = this.next();
    const value = this.next();
    if (value.kind !== 'string') throw invalidQuery();
    const wanted = value.value;
    if (op.kind === 'word' && op.value === 'contains') return (r) => contains(read(r), wanted);
    if (op.kind === 'op' && op.value === '=') return (r) => read(r) === wanted;
    if (op.kind === 'op' && op.value === '!=') return (r) => read(r) !== wanted;
    throw invalidQuery();
  }

  private peekIsOp(): boolean {
    return this.tokens[this.position]?.kind === 'op';
  }

  private isWord(value: string): boolean {
    const token = this.tokens[this.position];
    return token?.kind === 'word' && token.value === value;
  }

  private next(): Token {
    const token = this.tokens[this.position];
    if (!token) throw invalidQuery();
    this.position += 1;
    return token;
  }
}

/**
 * `'…' in owners | readers | writers | parents`. The reference's usage for each: owners "Users who own the file",
 * writers "Users who have permission to modify the file", readers "Users who have permission to read the file"
 * (https://developers.google.com/drive/api/v3/reference/query-ref) — so an owner is also a writer and a reader,
 * and a grant inherited from a folder counts as one on the file. General access (link or domain) names nobody.
 * `'root' in parents` means the signed-in user's My Drive.
 */
function collectionTest(ws: Workspace, collection: string, value: string): Predicate | undefined {
  // 'me' names the signed-in user ("'me' in owners"): widely used with files.list, not spelled out in the query
  // reference (https://developers.google.com/workspace/drive/api/guides/ref-search-terms) — the emulator's reading.
  const email = (value === 'me' ? ws.user.email : value).trim().toLowerCase();
  switch (collection) {
    case 'owners':
      return (record) => record.owner.toLowerCase() === email;
    case 'writers':
      return (record) => ['owner', 'writer'].includes(effectiveRoles(ws, record)[email] ?? '');
    case 'readers':
      return (record) => effectiveRoles(ws, record)[email] !== undefined;
    case 'parents': {
      const id = value === 'root' ? rootFolderId(ws) : value;
      return (record) => parentIdsOf(ws, record).includes(id);
    }
    default:
      return undefined;
  }
}

/**
 * sharedWithMe: "Files that are in the user's 'Shared with me' collection" (ref-search-terms). The emulator
 * reads that as someone else's file whose own sharing list names the signed-in user: what is reached only
 * through a shared folder, or through link or domain access, is not put in that collection by Drive.
 */
function sharedWithUser(ws: Workspace, record: FileRecord): boolean {
  const email = ws.user.email.trim().toLowerCase();
  return record.owner.toLowerCase() !== email && record.permissions[email] !== undefined;
}

/**
 * `title contains`: "The contains operator only performs prefix matching for a title. For example, the title
 * "HelloWorld" would match for title contains 'Hello' but not title contains 'World'."
 * (https://developers.google.com/drive/api/v2/ref-search-terms, footnote 1). The matching is on words: the title
 * is split at every character that is not a letter or digit, case ignored, and each word of the value must
 * begin some word of the title — as observed against the API and written up in GAM's wiki page
 * "Users - Drive - Query" (mirror read: https://git.kylehagerty.com/deepblue/GoogleDriveManagement/src/branch/main/wiki/Users-Drive-Query.md:
 * "name contains 'abc def ghi'" matches when abc, def and ghi each prefix a token of the name).
 */
export function titleContains(title: string, value: string): boolean {
  const titleWords = words(title);
  return words(value).every((word) => titleWords.some((titleWord) => titleWord.startsWith(word)));
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** `mimeType contains 'image/'`: a plain substring, case ignored (the reference gives no finer rule). */
function substringContains(field: string, value: string): boolean {
  return field.toLowerCase().includes(value.toLowerCase());
}
