/**
 * `/start` deep-link payloads (t.me/<bot>?start=<payload>, at most 64 characters of
 * A-Z a-z 0-9 _ -). Two forms are accepted:
 *   - words joined by underscores: `Berapa_tentara_Korea_Utara_di_Rusia`
 *   - `b64-` followed by the UTF-8 question in base64url, for punctuation or non-ASCII text.
 * The payload `help` shows the help text.
 */

const B64_PREFIX = 'b64-';
const PAYLOAD_RE = /^[A-Za-z0-9_-]{1,64}$/;

/** The question a payload carries, or undefined when it carries none. */
export function decodeStartPayload(payload: string): string | undefined {
  const p = payload.trim();
  if (!p || !PAYLOAD_RE.test(p)) return undefined;
  if (p.startsWith(B64_PREFIX)) {
    const text = Buffer.from(p.slice(B64_PREFIX.length), 'base64url').toString('utf8');
    return text.includes('\uFFFD') || !text.trim() ? undefined : text.trim();
  }
  const text = p.replace(/_+/g, ' ').trim();
  return text || undefined;
}

/** A payload for `question` (underscores when it is plain words, else base64url), if it fits. */
export function encodeStartPayload(question: string): string | undefined {
  const q = question.trim().replace(/\s+/g, ' ');
  const plain = q.replace(/ /g, '_');
  if (PAYLOAD_RE.test(plain) && !plain.startsWith(B64_PREFIX) && plain !== 'help' && !plain.includes('-')) return plain;
  const encoded = `${B64_PREFIX}${Buffer.from(q, 'utf8').toString('base64url')}`;
  return PAYLOAD_RE.test(encoded) ? encoded : undefined;
}
