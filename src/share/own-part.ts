/**
 * The link's `own=` part: an own catalog as JSON, compressed (`CompressionStream('deflate-raw')`)
 * and written in base64url, so a results link can carry the tools and corrections it ranks on.
 * Both ways are asynchronous (the streams are), so a link applies it after its first render.
 * What comes from a link is capped twice: the part's length before anything is decoded, and the
 * JSON's size while it is inflated, so a small part cannot unpack into a huge one.
 */
import { ownLimits } from '../catalog/own';

import { maxOwnPartLength } from './own-part-limit';

export { maxOwnPartLength };

const toBase64Url = (bytes: Uint8Array): string => {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

const fromBase64Url = (text: string): Uint8Array<ArrayBuffer> | null => {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
};

/** A stream of these bytes. (Not a Blob's: not every environment has `Blob.stream`.) */
const streamOf = (bytes: Uint8Array<ArrayBuffer>): ReadableStream<BufferSource> =>
  new ReadableStream<BufferSource>({ start(controller) { controller.enqueue(bytes); controller.close(); } });

/** All of a stream's bytes, or null once they pass `cap`. */
async function readAll(stream: ReadableStream<Uint8Array>, cap = Infinity): Promise<Uint8Array | null> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > cap) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * The `own=` part for a value (an own catalog), as short as deflate makes it.
 * @example await encodeOwnPart(catalog) // 'q1YqTs1JTVGyUlAqS8xRSM7PSUnVS8...'
 */
export async function encodeOwnPart(value: unknown): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(value));
  return toBase64Url((await readAll(streamOf(json).pipeThrough(new CompressionStream('deflate-raw'))))!);
}

/**
 * The JSON an `own=` part carries, or null when it is too long, not base64url, not deflate, over
 * `ownLimits.bytes` once inflated, or not JSON. Never throws.
 * @example await decodeOwnPart(await encodeOwnPart({ a: 1 })) // { a: 1 }
 */
export async function decodeOwnPart(part: string): Promise<unknown> {
  if (part.length > maxOwnPartLength) return null;
  const bytes = fromBase64Url(part);
  if (!bytes?.length) return null;
  try {
    const json = await readAll(streamOf(bytes).pipeThrough(new DecompressionStream('deflate-raw')), ownLimits.bytes);
    return json && (JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json)) as unknown);
  } catch {
    return null;
  }
}
