// The manifest's "urlFetchWhitelist": "If present, any URL endpoint fetched must match one of the prefixes in
// this list" — optional for a test deployment, required for a versioned one
// (https://developers.google.com/apps-script/manifest/allowlist-url). PLG Hub ships one, so the emulator holds
// every fetch to it. The page's rules, modeled here:
// - each prefix is a valid https:// URL with a full domain and a non-empty path ("https://www.google.com/" is
//   valid, "https://www.google.com" is not); a leading "*." wildcard matches subdomains;
// - path matching is case sensitive; a URL matches when it equals the prefix or is a "child" of it.

export function allowlistProblem(prefix: string): string | undefined {
  const bare = prefix.replace(/^https:\/\/\*\./, 'https://');
  let url: URL;
  try {
    url = new URL(bare);
  } catch {
    return `${prefix} is not a valid URL`;
  }
  if (url.protocol !== 'https:') return `${prefix} does not use https://`;
  if (!url.hostname.includes('.')) return `${prefix} has no full domain`;
  if (!/^https:\/\/[^/]+\/.*/.test(bare)) return `${prefix} has an empty path`;
  return undefined;
}

/** Whether `url` is the prefix or a child of it (a prefix ending in a path segment matches "/…" and "?…"). */
export function allowedBy(url: string, prefixes: readonly string[]): boolean {
  return prefixes.some((prefix) => {
    if (allowlistProblem(prefix)) return false;
    let candidate = url;
    let wanted = prefix;
    const wild = /^https:\/\/\*\.(.*)$/.exec(prefix);
    if (wild) {
      const host = /^https:\/\/([^/]+)(.*)$/.exec(url);
      const rest = /^([^/]+)(.*)$/.exec(wild[1]!);
      if (!host || !rest) return false;
      if (!host[1]!.toLowerCase().endsWith(`.${rest[1]!.toLowerCase()}`)) return false;
      candidate = host[2]!;
      wanted = rest[2]!;
    }
    if (!candidate.startsWith(wanted)) return false;
    const next = candidate.charAt(wanted.length);
    return next === '' || wanted.endsWith('/') || next === '/' || next === '?';
  });
}
