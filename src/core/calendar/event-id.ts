// The Calendar event id PLG Hub chooses for a meeting. Calendar accepts client-chosen ids of 5–1024 characters
// from base32hex (a–v, 0–9); deriving the id from the meeting key means a create retried after a timeout hits
// "already exists" instead of making a second event. Encoding the key's bytes (rather than hashing them)
// keeps two different keys from ever sharing an id.
import { utf8Bytes } from './utf8';

const base32hex = '0123456789abcdefghijklmnopqrstuv';
const prefix = 'plghub';
const longestId = 1024;

export function eventIdFor(meetingKey: string): string {
  let id = prefix;
  let buffer = 0;
  let bits = 0;
  for (const byte of utf8Bytes(meetingKey)) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      id += base32hex[(buffer >> bits) & 31];
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) id += base32hex[(buffer << (5 - bits)) & 31];
  if (id.length > longestId)
    throw new RangeError(`Meeting key "${meetingKey.slice(0, 40)}…" is too long to name a Calendar event`);
  return id;
}
