// Ids and names for the groups the builder forms: never an id the registry has used (any Groups row, active or
// not, or a Members row's group: history refers to it), and always one the Groups tab accepts (2–20 letters,
// digits or hyphens).
export class GroupIds {
  private readonly taken: Set<string>;

  constructor(used: Iterable<string>) {
    this.taken = new Set([...used].map((id) => id.toUpperCase()));
  }

  /** CODE-1, CODE-2 … : the first not taken. */
  next(code: string): string {
    const base = code.replace(/[^A-Za-z0-9-]/g, '').slice(0, 15) || 'PLG';
    for (let n = 1; ; n++) {
      const id = `${base}-${n}`;
      if (!this.taken.has(id)) {
        this.taken.add(id);
        return id;
      }
    }
  }

  /** The id itself when free (ADMIN), else the next numbered one. */
  plain(code: string): string {
    if (!this.taken.has(code)) {
      this.taken.add(code);
      return code;
    }
    return this.next(code);
  }
}
