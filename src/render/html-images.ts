import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import type { Token } from 'markdown-it';

/** The largest image file embedded in the page, in bytes. */
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

/** Why a local image was not embedded: no such file, cannot be read, not a regular file, over the size limit, not a PNG, JPEG, GIF, WebP or SVG, or outside the compact's folder. */
export type ImageRefusal = 'missing' | 'unreadable' | 'notFile' | 'tooLarge' | 'notImage' | 'outside';

/** A local image left out of the page, shown as its alt text instead. */
export interface RefusedImage {
  /** The path as written in the Markdown. */
  path: string;
  reason: ImageRefusal;
}

export interface ImageOptions {
  /** Let remote images load (`--allow-remote-images`). */
  allowRemote: boolean;
  /** The compact's folder: local images are read from it and its subfolders. Without it they are shown as alt text. */
  baseDir?: string;
  /** Told of each local image that was not embedded. */
  onRefused?: (image: RefusedImage) => void;
}

/** An address the browser would fetch from the network: http(s), protocol-relative, or any other scheme but data:. */
function isRemote(src: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(src.trim()) && !/^data:/i.test(src.trim());
}

/**
 * A published, archived page loads nothing from elsewhere: an image whose address is remote becomes a link to it,
 * its alt text (or address) the link's text, unless `allowRemote`. An image given as a file path is embedded as a
 * data: URI when `baseDir` is given and the file is a PNG, JPEG, GIF, WebP or SVG image of at most 2 MB inside that
 * folder; otherwise it is shown as its alt text (and, with a `baseDir`, reported to `onRefused`). The page's
 * Content-Security-Policy (see contentSecurityPolicy) enforces the same.
 */
export function replaceImages(tokens: Token[], options: ImageOptions): void {
  for (const token of tokens) {
    if (token.type !== 'inline' || !token.children) continue;
    token.children = token.children.flatMap((child) => {
      if (child.type !== 'image') return [child];
      const src = child.attrGet('src') ?? '';
      if (/^data:image\//i.test(src.trim()) || (options.allowRemote && isRemote(src))) return [child];
      if (!isRemote(src) && options.baseDir !== undefined && src.trim() !== '') {
        const path = decodePath(src);
        const embedded = embedLocalImage(options.baseDir, path);
        if ('uri' in embedded) {
          child.attrSet('src', embedded.uri);
          return [child];
        }
        options.onRefused?.({ path, reason: embedded.refused });
      }
      const Token = child.constructor as new (type: string, tag: string, nesting: -1 | 0 | 1) => Token;
      const text = new Token('text', '', 0);
      text.content = child.content || src;
      if (!isRemote(src)) return [text];
      const open = new Token('link_open', 'a', 1);
      open.attrSet('href', src);
      open.attrSet('class', 'remote-image');
      const close = new Token('link_close', 'a', -1);
      return [open, text, close];
    });
  }
}

/** The path as written: markdown-it percent-encodes a link's address. */
function decodePath(src: string): string {
  try {
    return decodeURI(src);
  } catch {
    return src;
  }
}

/** True when `path` is `folder` or lies under it. */
function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!/^\.\.(?:[\\/]|$)/.test(rel) && !isAbsolute(rel));
}

/** The image at `path` (relative to `baseDir`) as a data: URI, or why it cannot be embedded. */
export function embedLocalImage(baseDir: string, path: string): { uri: string } | { refused: ImageRefusal } {
  const base = resolve(baseDir);
  const target = resolve(base, path);
  if (!isInside(base, target)) return { refused: 'outside' };
  let realBase: string;
  let realTarget: string;
  try {
    realBase = realpathSync(base);
    realTarget = realpathSync(target);
  } catch (error) {
    return { refused: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'unreadable' };
  }
  if (!isInside(realBase, realTarget)) return { refused: 'outside' };
  let fd: number | undefined;
  try {
    if (!statSync(realTarget).isFile()) return { refused: 'notFile' };
    // Not blocking on a FIFO swapped in since the check, nor following a symbolic link swapped in for the file.
    fd = openSync(realTarget, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0));
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { refused: 'notFile' };
    if (stat.size > MAX_IMAGE_BYTES) return { refused: 'tooLarge' };
    const bytes = Buffer.alloc(MAX_IMAGE_BYTES + 1);
    let length = 0;
    for (let read = -1; read !== 0 && length < bytes.length; length += read) read = readSync(fd, bytes, length, bytes.length - length, null);
    if (length > MAX_IMAGE_BYTES) return { refused: 'tooLarge' };
    const data = bytes.subarray(0, length);
    const type = imageType(data);
    if (!type) return { refused: 'notImage' };
    return { uri: `data:${type};base64,${data.toString('base64')}` };
  } catch {
    return { refused: 'unreadable' };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The MIME type from the file's first bytes: PNG, JPEG, GIF, WebP or SVG; anything else is not an image to embed. */
export function imageType(data: Buffer): string | undefined {
  if (data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg';
  const head = data.subarray(0, 12).toString('latin1');
  if (head.startsWith('GIF87a') || head.startsWith('GIF89a')) return 'image/gif';
  if (head.startsWith('RIFF') && head.slice(8, 12) === 'WEBP') return 'image/webp';
  // An SVG in an <img> runs no scripts and loads nothing: its text opens, after an XML declaration, comments and a doctype, with <svg.
  const text = data.subarray(0, 4096).toString('utf8').replace(/^\uFEFF/, '');
  if (/^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>\s*)?(?:<!--[\s\S]*?-->\s*)*<svg[\s>/]/i.test(text)) return 'image/svg+xml';
  return undefined;
}

/** The page's policy: nothing but its own inline style and data: images, or also http(s) images when allowed. */
export function contentSecurityPolicy(allowRemoteImages: boolean): string {
  return `default-src 'none'; style-src 'unsafe-inline'; img-src data:${allowRemoteImages ? ' https: http:' : ''}; base-uri 'none'; form-action 'none'`;
}
