import { parseDocument, visit } from 'yaml';

/** Every comment line of a YAML text, sorted: what a rewrite must keep. */
export function commentsOf(text: string): string[] {
  const document = parseDocument(text, { version: '1.2' });
  const comments: string[] = [];
  const add = (comment: string | null | undefined) => {
    if (comment) comments.push(...comment.split('\n').map((line) => line.trim()).filter((line) => line !== ''));
  };
  add(document.commentBefore);
  add(document.comment);
  visit(document, {
    Node(_key, node) {
      add(node.commentBefore);
      add(node.comment);
    },
  });
  return comments.sort();
}
