import type { Token } from 'markdown-it';

/** An address the browser would fetch from the network: http(s), protocol-relative, or any other scheme but data:. */
function isRemote(src: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(src.trim()) && !/^data:/i.test(src.trim());
}

/**
 * A published, archived page loads nothing from elsewhere: an image whose address is remote becomes a link to it,
 * its alt text (or address) the link's text, unless `allowRemote`. Any other image that is not already a data:
 * URI (a file next to the compact) is shown as its alt text, as the page cannot carry it; the page's
 * Content-Security-Policy (see contentSecurityPolicy) enforces the same.
 */
export function replaceImages(tokens: Token[], allowRemote: boolean): void {
  for (const token of tokens) {
    if (token.type !== 'inline' || !token.children) continue;
    token.children = token.children.flatMap((child) => {
      if (child.type !== 'image') return [child];
      const src = child.attrGet('src') ?? '';
      if (/^data:image\//i.test(src.trim()) || (allowRemote && isRemote(src))) return [child];
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

/** The page's policy: nothing but its own inline style and data: images, or also http(s) images when allowed. */
export function contentSecurityPolicy(allowRemoteImages: boolean): string {
  return `default-src 'none'; style-src 'unsafe-inline'; img-src data:${allowRemoteImages ? ' https: http:' : ''}; base-uri 'none'; form-action 'none'`;
}
