/**
 * Which addresses a fetch may never reach: loopback, private, link-local, shared, reserved, multicast — in every
 * spelling. IPv6 is parsed to its 16 bytes, so `::ffff:7f00:1`, `::ffff:127.0.0.1`, `::127.0.0.1`, `64:ff9b::7f00:1`
 * and `2002:7f00:1::` are all read as the IPv4 address they carry.
 */
import { isIP } from 'node:net';

/** IPv4 blocks that are not the public internet ([first octets], prefix length), after the IANA special registry. */
const PRIVATE_V4: [number[], number][] = [
  [[0], 8], // "this network"
  [[10], 8], // private
  [[100, 64], 10], // carrier-grade NAT (shared address space)
  [[127], 8], // loopback
  [[169, 254], 16], // link-local (cloud metadata lives at 169.254.169.254)
  [[172, 16], 12], // private
  [[192, 0, 0], 24], // IETF protocol assignments
  [[192, 0, 2], 24], // documentation
  [[192, 88, 99], 24], // 6to4 relay anycast
  [[192, 168], 16], // private
  [[198, 18], 15], // benchmarking
  [[198, 51, 100], 24], // documentation
  [[203, 0, 113], 24], // documentation
  [[224], 4], // multicast
  [[240], 4], // reserved, and 255.255.255.255 broadcast
];

/**
 * True for every address a fetch must not reach (IPv4 or IPv6, any spelling); also true for text that is no address.
 * @example isPrivateAddress('::ffff:7f00:1') // true (127.0.0.1)
 * @example isPrivateAddress('8.8.8.8') // false
 */
export function isPrivateAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (isIP(bare) === 4) return isPrivateV4(bare.split('.').map(Number));
  const bytes = parseV6(bare);
  return bytes === undefined ? true : isPrivateV6(bytes);
}

function isPrivateV4(octets: number[]): boolean {
  const value = ((octets[0]! << 24) | (octets[1]! << 16) | (octets[2]! << 8) | octets[3]!) >>> 0;
  return PRIVATE_V4.some(([start, prefix]) => {
    const base = ((start[0] ?? 0) << 24) | ((start[1] ?? 0) << 16) | ((start[2] ?? 0) << 8);
    const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
    return (value & mask) >>> 0 === (base & mask) >>> 0;
  });
}

function isPrivateV6(b: number[]): boolean {
  const zeroUpTo = (n: number) => b.slice(0, n).every((x) => x === 0);
  const v4At = (i: number) => b.slice(i, i + 4);
  // ::/96 (unspecified, loopback, IPv4-compatible) and ::ffff:0:0/96 (IPv4-mapped): the IPv4 address decides.
  if (zeroUpTo(12)) return true; // ::, ::1 and IPv4-compatible forms are deprecated or local: never a public host
  if (zeroUpTo(10) && b[10] === 0xff && b[11] === 0xff) return isPrivateV4(v4At(12));
  // ::ffff:0:a.b.c.d (IPv4-translated, RFC 2765).
  if (zeroUpTo(8) && b[8] === 0xff && b[9] === 0xff && b[10] === 0 && b[11] === 0) return isPrivateV4(v4At(12));
  // 64:ff9b::/96 (NAT64 well-known prefix) carries an IPv4 address; 64:ff9b:1::/48 is for local use only.
  if (b[0] === 0 && b[1] === 0x64 && b[2] === 0xff && b[3] === 0x9b) {
    return b.slice(4, 12).every((x) => x === 0) ? isPrivateV4(v4At(12)) : true;
  }
  // 2002::/16 (6to4) carries an IPv4 address in bytes 2–5.
  if (b[0] === 0x20 && b[1] === 0x02) return isPrivateV4(v4At(2));
  // 2001::/32 (Teredo): the client's IPv4 address is the last four bytes, inverted.
  if (b[0] === 0x20 && b[1] === 0x01 && b[2] === 0 && b[3] === 0) {
    return isPrivateV4(v4At(12).map((x) => x ^ 0xff)) || isPrivateV4(v4At(4));
  }
  if (b[0] === 0x20 && b[1] === 0x01 && b[2] === 0x0d && b[3] === 0xb8) return true; // 2001:db8::/32 documentation
  if (b[0] === 0x3f && b[1] === 0xff && (b[2]! & 0xf0) === 0) return true; // 3fff::/20 documentation
  // Only 2000::/3 is global unicast: the rest is multicast (ff00::/8), link-local (fe80::/10, so fe90::1 too),
  // site-local (fec0::/10), unique-local (fc00::/7), discard (100::/64) or unassigned.
  return (b[0]! & 0xe0) !== 0x20;
}

/** An IPv6 address's 16 bytes, or undefined when the text is not one. */
function parseV6(text: string): number[] | undefined {
  if (isIP(text) !== 6) return undefined;
  let groups = text.toLowerCase();
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(groups);
  if (dotted) {
    const [a, b, c, d] = dotted[1]!.split('.').map(Number) as [number, number, number, number];
    groups = `${groups.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = groups.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  const missing = 8 - left.length - right.length;
  if (tail === undefined ? missing !== 0 : missing < 1) return undefined;
  const words = [...left, ...Array<string>(tail === undefined ? 0 : missing).fill('0'), ...right].map((g) =>
    Number.parseInt(g, 16),
  );
  if (words.length !== 8 || words.some((w) => !(w >= 0 && w <= 0xffff))) return undefined;
  return words.flatMap((w) => [w >> 8, w & 0xff]);
}
