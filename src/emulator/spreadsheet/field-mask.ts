// A Google API `fields` mask applied to a response: only the named fields are kept. Fields are separated by
// commas, a sub-selection goes in parentheses, a path uses "/" ("sheets/properties/title" is
// "sheets(properties(title))"), and "*" keeps everything at its level. A field inside a list applies to every
// element. https://developers.google.com/workspace/sheets/api/guides/field-masks
interface MaskNode {
  [field: string]: MaskNode | true;
}

/** Parses a mask into a tree; throws on unbalanced parentheses (the API answers 400 for such a mask). */
export function parseFieldMask(mask: string): MaskNode {
  let at = 0;
  const parseList = (): MaskNode => {
    const node: MaskNode = {};
    for (;;) {
      const start = at;
      while (at < mask.length && !',()'.includes(mask[at]!)) at++;
      const path = mask
        .slice(start, at)
        .trim()
        .split('/')
        .map((p) => p.trim())
        .filter(Boolean);
      let children: MaskNode | true = true;
      if (mask[at] === '(') {
        at++;
        children = parseList();
        if (mask[at] !== ')') throw new Error(`Invalid field selection ${mask}`);
        at++;
      }
      if (path.length) merge(node, path, children);
      if (mask[at] === ',') {
        at++;
        continue;
      }
      return node;
    }
  };
  const tree = parseList();
  if (at !== mask.length) throw new Error(`Invalid field selection ${mask}`);
  return tree;
}

/** Adds a path to the tree; a whole field (true) wins over any sub-selection of it. */
function merge(node: MaskNode, path: string[], children: MaskNode | true): void {
  const [head, ...rest] = path as [string, ...string[]];
  const existing = node[head];
  if (existing === true) return;
  if (rest.length === 0) {
    node[head] = children === true ? true : Object.assign(existing ?? {}, children);
    return;
  }
  const next: MaskNode = existing ?? {};
  node[head] = next;
  merge(next, rest, children);
}

/** The value with only the mask's fields; fields the value lacks are simply absent. */
export function projectFields(value: unknown, mask: string | MaskNode): unknown {
  const tree = typeof mask === 'string' ? parseFieldMask(mask) : mask;
  if (Array.isArray(value)) return value.map((item) => projectFields(item, tree));
  if (value === null || typeof value !== 'object') return value;
  if (tree['*'] === true) return value;
  const out: Record<string, unknown> = {};
  for (const [field, sub] of Object.entries(tree)) {
    const inner = (value as Record<string, unknown>)[field];
    if (inner === undefined) continue;
    out[field] = sub === true ? inner : projectFields(inner, sub);
  }
  return out;
}
