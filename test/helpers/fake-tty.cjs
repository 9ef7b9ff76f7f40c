// Preloaded (node -r) to make the CLI believe it runs on a terminal, so that its prompts run in a test.
Object.defineProperty(process.stdin, 'isTTY', { value: true });
Object.defineProperty(process.stdout, 'isTTY', { value: true });
process.stdin.setRawMode = () => process.stdin;
